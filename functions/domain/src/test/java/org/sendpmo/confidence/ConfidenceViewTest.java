package org.sendpmo.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.confidence.ConfidenceFixtures.CUT_OFF;
import static org.sendpmo.confidence.ConfidenceFixtures.MONTH;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendpmo.returns.Rag;

class ConfidenceViewTest {

    private final DeliveryConfidenceRater five = new DeliveryConfidenceRater(ConfidenceFixtures.fivePoint());
    private final DeliveryConfidenceRater three = new DeliveryConfidenceRater(ConfidenceFixtures.threePoint());

    /** RAG Red + slipped milestone + High risk outside appetite = 4 steps: Red on either scale. */
    private final ConfidenceEvidence red = new ConfidenceEvidence("P1", CUT_OFF,
            new ReturnEvidence.Received(ConfidenceFixtures.projectReturn(MONTH, Rag.RED, ConfidenceFixtures.slipped()), 100),
            ConfidenceFixtures.exposure(true, false));

    @Test
    void withoutAnAssessmentTheIndicativeRatingIsInForce() {
        ConfidenceView view = five.view(red, null);
        assertEquals(ConfidenceRating.RED, view.inForce());
        assertEquals(ConfidenceView.Source.INDICATIVE, view.source());
        assertTrue(view.assessment().isEmpty());
        assertFalse(view.assessedDiffers());
    }

    @Test
    void anAssessedRatingOverridesAndBothAreKept() {
        AssessedConfidence assessed = new AssessedConfidence(ConfidenceRating.AMBER_RED, "Programme Manager",
                LocalDate.of(2026, 12, 7), "Recovery plan agreed at OG2; milestone re-baselined next month.");
        ConfidenceView view = five.view(red, assessed);
        assertEquals(ConfidenceRating.AMBER_RED, view.inForce());
        assertEquals(ConfidenceView.Source.ASSESSED, view.source());
        assertEquals(ConfidenceRating.RED, view.indicative().rating());
        assertEquals(3, view.indicative().reasons().size()); // RAG Red counts two steps
        assertEquals(4, view.indicative().steps());
        assertEquals("Programme Manager", view.assessment().orElseThrow().assessedBy());
        assertTrue(view.assessedDiffers());
    }

    @Test
    void anAssessmentThatAgreesIsStillTheOneInForce() {
        ConfidenceView view = three.view(red, new AssessedConfidence(ConfidenceRating.RED, "Programme Officer",
                LocalDate.of(2026, 12, 7), null));
        assertEquals(ConfidenceView.Source.ASSESSED, view.source());
        assertFalse(view.assessedDiffers());
        assertEquals("", view.assessed().note());
    }

    @Test
    void anAssessedRatingOffTheScaleIsRefused() {
        AssessedConfidence amberGreen = new AssessedConfidence(ConfidenceRating.AMBER_GREEN, "Programme Manager",
                LocalDate.of(2026, 12, 7), "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> three.view(red, amberGreen));
        assertEquals("assessed rating Amber/Green for P1 is not on the THREE_POINT scale", e.getMessage());
    }

    @Test
    void anAssessmentNeedsWhoAndWhen() {
        assertThrows(IllegalArgumentException.class,
                () -> new AssessedConfidence(ConfidenceRating.RED, " ", LocalDate.of(2026, 12, 7), ""));
        assertThrows(NullPointerException.class,
                () -> new AssessedConfidence(ConfidenceRating.RED, "Programme Manager", null, ""));
    }
}
