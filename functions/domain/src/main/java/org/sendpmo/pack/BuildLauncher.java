package org.sendpmo.pack;

/** Port: start a queued build without waiting for it (a Lambda invocation in AWS, a thread locally). */
public interface BuildLauncher {

    void launch(PackBuild queued);
}
