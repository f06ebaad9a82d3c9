package org.sendpmo.pack;

/**
 * What became of a build that wrote every file: made its cycle's current pack, or not, and why. Decided under
 * the cycle's lock, so two builds' pointer moves never interleave and the pointer only moves forward by build
 * id: an older build that finishes after a newer one has been published leaves the newer one current.
 */
public sealed interface Promotion {

    /** The status the build ends with. */
    BuildStatus status();

    /** The build's message: its summary, and why it was not made current when it was not. */
    String message(String summary);

    /** The pointer now names this build. */
    record Promoted() implements Promotion {
        @Override
        public BuildStatus status() {
            return BuildStatus.SUCCEEDED;
        }

        @Override
        public String message(String summary) {
            return summary;
        }
    }

    /** A build requested later was already current; this one is complete under its own folder but not shown. */
    record Superseded(String currentBuildId) implements Promotion {
        @Override
        public BuildStatus status() {
            return BuildStatus.SUCCEEDED;
        }

        @Override
        public String message(String summary) {
            return summary + ". Not made current: build " + currentBuildId + ", requested later, was already current";
        }
    }

    /** The cycle's pack was marked final while this build ran, so it was not published. */
    record Frozen(String finalBuildId) implements Promotion {
        @Override
        public BuildStatus status() {
            return BuildStatus.FAILED;
        }

        @Override
        public String message(String summary) {
            return "Not published: the cycle's pack was marked final (build " + finalBuildId + ") while this build ran";
        }
    }

    /** The decision, given the cycle's state read under its lock. */
    public static Promotion decide(String buildId, CyclePublication state) {
        if (state.finalMark() != null) {
            return new Frozen(state.finalMark().buildId());
        }
        String current = state.currentBuildId();
        return current != null && current.compareTo(buildId) > 0 ? new Superseded(current) : new Promoted();
    }
}
