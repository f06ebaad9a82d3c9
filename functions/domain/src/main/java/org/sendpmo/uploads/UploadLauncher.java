package org.sendpmo.uploads;

/**
 * Port: has an upload's object read. In AWS the bucket's ObjectCreated event already does it, so
 * this does nothing there; the local run and tests read it on a background thread.
 */
public interface UploadLauncher {

    void objectStored(UploadKey key);
}
