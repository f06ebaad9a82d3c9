package org.sendpmo.pack;

public enum BuildStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
