package org.sendpmo.pack;

import java.time.Instant;

/**
 * One build of a cycle's pack.
 *
 * @param id         sortable id, also the build's folder: {@code cycles/<cycle>/<id>/}
 * @param finishedAt null until the build ends
 * @param pages      pages written (0 until it succeeds)
 * @param message    why it failed, or a short summary when it succeeded
 */
public record PackBuild(String id, String cycleId, BuildStatus status, Instant requestedAt, Instant finishedAt,
                        int pages, String message) {
}
