package org.sendpmo.uploads;

/** Where an upload is: waiting to be read, or read with its outcome. A dry run ends ACCEPTED or REJECTED too. */
public enum UploadState {
    PENDING, ACCEPTED, REJECTED
}
