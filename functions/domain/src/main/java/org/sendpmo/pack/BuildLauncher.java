package org.sendpmo.pack;

/**
 * Port: start work of the pack-builder without waiting for it (a Lambda invocation in AWS, a thread locally): a
 * queued build, or the PDF board pack of a build already written.
 */
public interface BuildLauncher {

    void launch(PackBuild queued);

    /** Starts making the PDF board pack the job asks for ({@link BoardPackJobs#run}). */
    void launchBoardPack(BoardPackJob asked);
}
