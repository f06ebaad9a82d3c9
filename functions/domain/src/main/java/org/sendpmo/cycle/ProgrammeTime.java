package org.sendpmo.cycle;

import java.time.ZoneId;

/**
 * Programme time: the boards meet in England, so days, reporting months, due dates, cut-offs and the times
 * shown on pages and in packs are all judged in Europe/London (GMT or BST, as in force). One constant, so no
 * part of the product can judge a day in a different zone from another.
 */
public final class ProgrammeTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private ProgrammeTime() {
    }
}
