package org.sendpmo.pack;

/**
 * What writing a build cost: files and bytes uploaded (the manifest included), and files copied inside
 * the store from the current build instead of being uploaded again.
 */
public record PublishReport(int filesUploaded, long bytesUploaded, int filesCopied, long bytesCopied) {

    public String summary() {
        return "uploaded " + filesUploaded + (filesUploaded == 1 ? " file" : " files") + " (" + kb(bytesUploaded)
                + "), copied " + filesCopied + " unchanged (" + kb(bytesCopied) + ")";
    }

    private static String kb(long bytes) {
        return String.format(java.util.Locale.UK, "%.1f KB", bytes / 1024.0);
    }
}
