package org.sendpmo.confidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.Transactions;

/**
 * The programme office's judgement of a project's delivery confidence for a board cycle (methodology
 * §4): checked against the configured scale, recorded with who made it and when, and in the audit log
 * in the same transaction. A later judgement supersedes an earlier one; every one is kept.
 */
public final class AssessmentService {

    /** Why the rating was given: short enough to read in the pack, long enough to say why. */
    public static final int NOTE_MAX = 2000;

    private final AssessedConfidenceStore store;
    private final CycleRepository cycles;
    private final ProjectDirectory projects;
    private final ConfidenceSettings settings;
    private final Transactions transactions;
    private final AuditLog audit;

    public AssessmentService(AssessedConfidenceStore store, CycleRepository cycles, ProjectDirectory projects,
                             ConfidenceSettings settings, Transactions transactions, AuditLog audit) {
        this.store = store;
        this.cycles = cycles;
        this.projects = projects;
        this.settings = settings;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** What became of a judgement. */
    public sealed interface Outcome permits Recorded, Rejected, NotAllowed {
    }

    public record Recorded(String projectId, AssessedConfidence assessment) implements Outcome {
    }

    /** Nothing was recorded; each problem names its field. */
    public record Rejected(List<Problem> problems) implements Outcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    public record NotAllowed(String message) implements Outcome {
    }

    public Outcome record(String cycleId, String projectId, String rating, String note, Actor actor, Instant now) {
        if (!actor.isOffice()) {
            return new NotAllowed("Only the programme office records assessed delivery confidence.");
        }
        List<Problem> problems = new ArrayList<>();
        if (cycleId == null || cycles.find(cycleId).isEmpty()) {
            problems.add(new Problem("cycleId", String.valueOf(cycleId), "There is no board cycle '" + cycleId + "'"));
        }
        String project = projectId == null ? "" : projectId.trim();
        if (project.isEmpty()) {
            problems.add(new Problem("projectId", "", "Choose the project"));
        } else if (projects.find(project).isEmpty()) {
            problems.add(new Problem("projectId", project, "There is no project '" + project + "'"));
        }
        Optional<ConfidenceRating> chosen = rating(rating);
        if (chosen.isEmpty()) {
            problems.add(new Problem("rating", String.valueOf(rating), "Choose a rating on the programme's " + scaleWords() + " scale: "
                    + String.join(", ", settings.scale().levels().stream().map(ConfidenceRating::label).toList())));
        }
        String why = note == null ? "" : note.strip();
        if (why.isEmpty()) {
            problems.add(new Problem("note", "", "Say why: the board reads this reason beside the rating"));
        } else if (why.length() > NOTE_MAX) {
            problems.add(new Problem("note", "", "The reason is " + why.length() + " characters; keep it to " + NOTE_MAX));
        }
        if (!problems.isEmpty()) {
            return new Rejected(problems);
        }
        AssessedConfidence assessment = new AssessedConfidence(chosen.get(), actor.username(),
                LocalDate.ofInstant(now, ProgrammeTime.ZONE), why);
        return transactions.inTransaction(() -> {
            store.record(project, cycleId, assessment, now);
            audit.record(new AuditEntry(now, actor.username(), AuditAction.ASSESSMENT_RECORDED, project + " in " + cycleId, null,
                    "delivery confidence " + chosen.get().label() + ": " + why));
            return new Recorded(project, assessment);
        });
    }

    /** A rating by its name ({@code AMBER_RED}) or its label ({@code Amber/Red}), if the scale has it. */
    private Optional<ConfidenceRating> rating(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        for (ConfidenceRating r : settings.scale().levels()) {
            if (r.name().equalsIgnoreCase(t) || r.label().equalsIgnoreCase(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private String scaleWords() {
        return settings.scale().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
