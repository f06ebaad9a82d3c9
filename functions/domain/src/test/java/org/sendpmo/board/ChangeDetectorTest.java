package org.sendpmo.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendpmo.returns.Rag;
import org.sendpmo.scoring.Band;
import org.sendpmo.scoring.CriterionScores;

class ChangeDetectorTest {

    private final ChangeDetector detector = new ChangeDetector(3);

    private static ProjectStanding standing(String id, int rank, String score, Band band, Rag rag, String ref,
                                            CriterionScores scores, String version) {
        return new ProjectStanding(id, "Project " + id, rank, score == null ? null : new BigDecimal(score), band, rag, ref,
                scores, version, null, "");
    }

    @Test
    void aScoreChangeInTheReturnExplainsTheRankAndBandChange() {
        ProjectStanding before = standing("P01", 2, "66.67", Band.HIGH, Rag.GREEN, "P01-2026-09-AAAAAAAA",
                CriterionScores.of(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5), "v1");
        ProjectStanding now = standing("P01", 9, "50.00", Band.MEDIUM, Rag.AMBER, "P01-2026-10-BBBBBBBB",
                CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "v1");

        List<Change> changes = detector.changes(Map.of("P01", before), List.of(now));

        assertEquals(List.of(Change.Kind.RANK, Change.Kind.BAND, Change.Kind.RAG), changes.stream().map(Change::kind).toList());
        assertEquals("2", changes.get(0).from());
        assertEquals("9", changes.get(0).to());
        assertEquals("Return P01-2026-10-BBBBBBBB changed c01 5 → 3, c02 5 → 3, c03 5 → 3, c04 5 → 3, c05 5 → 3, c06 5 → 3, "
                + "c07 5 → 3, c08 5 → 3, c09 5 → 3, c10 5 → 3, c11 5 → 3", changes.get(0).cause());
        assertEquals("High", changes.get(1).from());
        assertEquals("Medium", changes.get(1).to());
        assertEquals("Reported in return P01-2026-10-BBBBBBBB", changes.get(2).cause());
    }

    @Test
    void smallRankMovesAreNotShownAndAMoveWithoutOwnChangeIsPutDownToOthers() {
        CriterionScores same = CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        List<Change> small = detector.changes(
                Map.of("P01", standing("P01", 4, "50.00", Band.MEDIUM, Rag.GREEN, "R1", same, "v1")),
                List.of(standing("P01", 6, "50.00", Band.MEDIUM, Rag.GREEN, "R1", same, "v1")));
        assertEquals(List.of(), small);

        List<Change> big = detector.changes(
                Map.of("P01", standing("P01", 4, "50.00", Band.MEDIUM, Rag.GREEN, "R1", same, "v1")),
                List.of(standing("P01", 7, "50.00", Band.MEDIUM, Rag.GREEN, "R1", same, "v1")));
        assertEquals("Its own scores did not change: other projects' scores did", big.get(0).cause());
    }

    @Test
    void aMethodologyChangeAndAMissingReturnAreNamed() {
        CriterionScores same = CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        List<Change> methodology = detector.changes(
                Map.of("P01", standing("P01", 1, "70.00", Band.HIGH, Rag.GREEN, "R1", same, "v1")),
                List.of(standing("P01", 1, "60.00", Band.MEDIUM, Rag.GREEN, "R1", same, "v2")));
        assertEquals("Methodology changed from v1 to v2", methodology.get(0).cause());

        List<Change> missing = detector.changes(
                Map.of("P01", standing("P01", 1, "70.00", Band.HIGH, Rag.GREEN, "R1", same, "v1")),
                List.of(standing("P01", 0, null, null, null, null, null, "v1")));
        assertEquals(List.of(Change.Kind.BAND, Change.Kind.RAG), missing.stream().map(Change::kind).toList());
        assertEquals("Not scored", missing.get(0).to());
        assertEquals("No return by the cut-off", missing.get(0).cause());
    }

    @Test
    void projectsNewThisCycleHaveNoChanges() {
        assertEquals(List.of(), detector.changes(Map.of(),
                List.of(standing("P09", 1, "70.00", Band.HIGH, Rag.GREEN, "R9", null, "v1"))));
    }

    @Test
    void aChangeOfDeliveryConfidenceIsListedWithWhatItRestsOn() {
        CriterionScores same = CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        ProjectStanding before = standing("P01", 1, "50.00", Band.MEDIUM, Rag.GREEN, "R1", same, "v1")
                .withConfidence(org.sendpmo.confidence.ConfidenceRating.GREEN, "Indicative: no evidence against delivery");
        ProjectStanding now = standing("P01", 1, "50.00", Band.MEDIUM, Rag.GREEN, "R1", same, "v1")
                .withConfidence(org.sendpmo.confidence.ConfidenceRating.AMBER_RED, "Assessed by PMO on 2026-11-10: staffing gap");
        List<Change> found = detector.changes(Map.of("P01", before), List.of(now));
        assertEquals(1, found.size());
        assertEquals(Change.Kind.DELIVERY_CONFIDENCE, found.get(0).kind());
        assertEquals("Green", found.get(0).from());
        assertEquals("Amber/Red", found.get(0).to());
        assertEquals("Assessed by PMO on 2026-11-10: staffing gap", found.get(0).cause());
    }
}
