package org.sendpmo.local;

/** The local run cannot go on; its message tells the person at the terminal what happened and what to do. */
public final class LocalRunStopped extends RuntimeException {

    public LocalRunStopped(String message, Throwable cause) {
        super(message, cause);
    }
}
