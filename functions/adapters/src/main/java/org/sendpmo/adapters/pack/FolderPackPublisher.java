package org.sendpmo.adapters.pack;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.RenderedSite;
import org.sendpmo.storage.StorageUnavailable;

/**
 * Publishes packs into a local folder with the same layout as the site bucket ({@link SiteLayout}),
 * for reading offline ({@code --out DIR}). Not a bean: the command that wants it makes one.
 */
public final class FolderPackPublisher implements PackPublisher {

    private final Path root;

    public FolderPackPublisher(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void writeBuild(String cycleId, String buildId, RenderedSite site) {
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            write(SiteLayout.buildFileKey(cycleId, buildId, file.getKey()), file.getValue());
        }
    }

    @Override
    public void makeCurrent(String cycleId, String buildId, byte[] cycleRedirectHtml, byte[] cyclesIndexHtml) {
        // Same order as the bucket: pointer, then the cycle's redirect, then the root index.
        write(SiteLayout.currentPointerKey(cycleId), SiteLayout.currentPointer(cycleId, buildId));
        write(SiteLayout.cycleIndexKey(cycleId), cycleRedirectHtml);
        write(SiteLayout.ROOT_INDEX, cyclesIndexHtml);
    }

    /** Writes through a temporary file and a rename, so a reader never sees half a file. */
    private void write(String key, byte[] bytes) {
        Path target = root.resolve(key).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("Outside the output folder: " + key);
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".part-", ".tmp");
            try {
                Files.write(temp, bytes);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new StorageUnavailable("Could not write " + target + ": " + e.getMessage(), e);
        }
    }
}
