package org.sendpmo.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionScores;

/**
 * Methodology §6: the changes since the previous cycle of rank (by {@code minRankMove} places or more),
 * band and RAG status, each with the input that caused it.
 */
public final class ChangeDetector {

    private final int minRankMove;

    /** @param minRankMove the smallest rank move the board is shown (methodology v1: 3) */
    public ChangeDetector(int minRankMove) {
        if (minRankMove < 1) {
            throw new IllegalArgumentException("the smallest rank move shown must be at least 1, is " + minRankMove);
        }
        this.minRankMove = minRankMove;
    }

    /** Changes for every project in {@code now}, compared with the same project in {@code before}. */
    public List<Change> changes(Map<String, ProjectStanding> before, List<ProjectStanding> now) {
        List<Change> changes = new ArrayList<>();
        for (ProjectStanding current : now) {
            ProjectStanding previous = before.get(current.projectId());
            if (previous == null) {
                continue;
            }
            String cause = scoreCause(previous, current);
            if (current.rank() > 0 && previous.rank() > 0 && Math.abs(current.rank() - previous.rank()) >= minRankMove) {
                String rankCause = cause.isEmpty() ? "Its own scores did not change: other projects' scores did" : cause;
                changes.add(change(current, Change.Kind.RANK, String.valueOf(previous.rank()), String.valueOf(current.rank()), rankCause));
            }
            if (current.band() != previous.band()) {
                changes.add(change(current, Change.Kind.BAND, label(previous.band()), label(current.band()),
                        cause.isEmpty() ? notScoredCause(previous, current) : cause));
            }
            if (current.confidence() != null && previous.confidence() != null && current.confidence() != previous.confidence()) {
                changes.add(change(current, Change.Kind.DELIVERY_CONFIDENCE, previous.confidence().label(),
                        current.confidence().label(), current.confidenceBasis()));
            }
            if (current.rag() != previous.rag()) {
                changes.add(change(current, Change.Kind.RAG, previous.rag() == null ? "" : previous.rag().label(),
                        current.rag() == null ? "" : current.rag().label(), ragCause(current)));
            }
        }
        return changes;
    }

    private static Change change(ProjectStanding p, Change.Kind kind, String from, String to, String cause) {
        return new Change(p.projectId(), p.name(), kind, from, to, cause);
    }

    private static String label(org.sendpmo.scoring.Band band) {
        return band == null ? "Not scored" : band.label();
    }

    private static String ragCause(ProjectStanding current) {
        return current.returnReference() == null ? "No return by the cut-off"
                : "Reported in return " + current.returnReference();
    }

    private static String notScoredCause(ProjectStanding previous, ProjectStanding current) {
        if (current.returnReference() == null) {
            return "No return by the cut-off";
        }
        if (previous.returnReference() == null) {
            return "First return: " + current.returnReference();
        }
        return "Assessment incomplete in return " + current.returnReference();
    }

    /** Which inputs to the score changed: the methodology, or criterion scores in the return. */
    static String scoreCause(ProjectStanding previous, ProjectStanding current) {
        List<String> causes = new ArrayList<>();
        if (!Objects.equals(previous.methodologyVersion(), current.methodologyVersion())) {
            causes.add("Methodology changed from " + previous.methodologyVersion() + " to " + current.methodologyVersion());
        }
        if (previous.scores() != null && current.scores() != null) {
            List<String> moved = movedScores(previous.scores(), current.scores());
            if (!moved.isEmpty()) {
                causes.add("Return " + current.returnReference() + " changed " + String.join(", ", moved));
            }
        }
        return String.join("; ", causes);
    }

    private static List<String> movedScores(CriterionScores before, CriterionScores now) {
        List<String> moved = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            String was = before.score(c).isPresent() ? String.valueOf(before.score(c).getAsInt()) : "unscored";
            String is = now.score(c).isPresent() ? String.valueOf(now.score(c).getAsInt()) : "unscored";
            if (!was.equals(is)) {
                moved.add(c.id() + " " + was + " → " + is);
            }
        }
        return moved;
    }
}
