package org.sendpmo.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * The demo load is many writes, not one transaction. A load that stopped half-way (a failure, Ctrl+C) would
 * leave a database that is no longer empty, so the next start would skip the load and serve half a programme.
 * A marker file in the data folder, written before the load and removed after it, tells the next start so.
 */
final class DemoLoadGuard {

    static final String MARKER = "demo-load-unfinished";

    private final Path data;
    private final Path marker;

    DemoLoadGuard(Path data) {
        this.data = data;
        this.marker = data.resolve(MARKER);
    }

    /** Stops the run when an earlier start left the demo programme half-loaded in this data folder. */
    void refuseUnfinished() {
        if (Files.exists(marker)) {
            throw new LocalRunStopped("The demo programme in " + data + " was only partly loaded: an earlier start stopped"
                    + " during the load (its output said why). " + advice(), null);
        }
    }

    /**
     * Runs the load (which loads only into an empty database) with the marker in place.
     *
     * @return what the load returned: true when it loaded the demo programme now
     */
    boolean load(BooleanSupplier loadIfEmpty) {
        write();
        boolean loaded;
        try {
            loaded = loadIfEmpty.getAsBoolean();
        } catch (RuntimeException e) {
            throw new LocalRunStopped("The demo programme could not be loaded into " + data + ": " + sentence(e.getMessage())
                    + " " + advice(), e);
        }
        delete();
        return loaded;
    }

    /** The cause's message as a sentence: with its own full stop where it has one, not two. */
    private static String sentence(String message) {
        return message.endsWith(".") ? message : message + ".";
    }

    private String advice() {
        return "Delete the folder " + data + " and start again, or start with --data and a new folder.";
    }

    private void write() {
        try {
            Files.writeString(marker, "The demo load started and has not finished; see DemoLoadGuard.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }

    private void delete() {
        try {
            Files.delete(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + marker, e);
        }
    }
}
