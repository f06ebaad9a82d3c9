package org.sendpmo.adapters.sheets;

/** The file as a whole cannot be read: wrong type, empty, unsafe. The message says what to do. */
public final class RejectedFile extends RuntimeException {

    public RejectedFile(String message) {
        super(message);
    }

    public RejectedFile(String message, Throwable cause) {
        super(message, cause);
    }
}
