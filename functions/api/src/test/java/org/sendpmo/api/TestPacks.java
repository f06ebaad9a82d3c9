package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;

/** Packs built in the test's own thread, for tests of what a change does to the next pack, and their pages. */
final class TestPacks {

    private TestPacks() {
    }

    /** Builds a pack of a new STSB cycle reporting on the month and answers its folder in the site bucket. */
    static String build(CycleRepository cycles, PackBuildService packs, String cycleId, YearMonth month) {
        LocalDate meeting = month.plusMonths(1).atDay(20);
        cycles.save(new BoardCycle(cycleId, Board.STSB, "SEND Transformation Strategic Board", meeting, month, meeting.minusDays(6)));
        PackBuild build = packs.buildNow(cycleId).orElseThrow();
        assertEquals(BuildStatus.SUCCEEDED, build.status(), build.message());
        return "cycles/" + cycleId + "/" + build.id() + "/";
    }

    static String page(S3ProxyExtension s3, String folder, String path) {
        return s3.client().getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(folder + path)).asUtf8String();
    }
}
