package org.sendpmo.board;

import java.util.ArrayList;
import java.util.List;
import org.sendpmo.confidence.ConfidenceRating;
import org.sendpmo.project.Project;
import org.sendpmo.scoring.Band;

/**
 * Methodology §6: projects in the High priority band whose delivery confidence is Amber/Red or Red, or
 * which carry a risk outside appetite, or whose return is missing.
 */
public final class AttentionList {

    private AttentionList() {
    }

    /**
     * @param band              the project's priority band, null when not scored
     * @param confidence        the delivery confidence in force (assessed if recorded, else indicative)
     * @param outsideAppetite   how many of its open risks are outside appetite
     * @param missingReturnNote null when the return arrived; otherwise what the pack says of it
     */
    public record Candidate(Project project, Band band, ConfidenceRating confidence, int outsideAppetite,
                            String missingReturnNote) {
    }

    public static List<AttentionItem> of(List<Candidate> candidates) {
        List<AttentionItem> items = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.band() != Band.HIGH) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (c.confidence() == ConfidenceRating.AMBER_RED || c.confidence() == ConfidenceRating.RED) {
                reasons.add("Delivery confidence " + c.confidence().label());
            }
            if (c.outsideAppetite() > 0) {
                reasons.add(c.outsideAppetite() + (c.outsideAppetite() == 1 ? " risk" : " risks") + " outside appetite");
            }
            if (c.missingReturnNote() != null) {
                reasons.add("Return missing: " + c.missingReturnNote());
            }
            if (!reasons.isEmpty()) {
                items.add(new AttentionItem(c.project(), reasons));
            }
        }
        return items;
    }
}
