package org.sendpmo.api.returns;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.access.Actor;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.lead.DraftService;
import org.sendpmo.lead.ReturnPrefill;
import org.sendpmo.lead.SavedDraft;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnLedger;

/**
 * What a new return form starts with, for a project and month: the person's own draft if they saved one,
 * otherwise the previous month's return carried over (commentary empty), otherwise nothing but the project
 * and month. A project the person may not report on starts empty, so nobody sees another project's return.
 */
@Singleton
public class FormStart {

    private final DraftService drafts;
    private final ReturnLedger ledger;
    private final Clock clock;

    public FormStart(DraftService drafts, ReturnLedger ledger, Clock clock) {
        this.drafts = drafts;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The form's starting fields, and what the form says about where they came from. */
    public record Start(Map<String, String> fields, ReturnFormPage.Notice notice) {
    }

    public Start forProject(Actor actor, String projectId, String monthText, boolean justSaved) {
        YearMonth month = month(monthText);
        Map<String, String> bare = new LinkedHashMap<>();
        bare.put("projectId", projectId);
        bare.put("reportingMonth", month.toString());
        if (projectId.isEmpty() || !actor.mayReportOn(projectId)) {
            return new Start(projectId.isEmpty() ? Map.of() : bare, ReturnFormPage.Notice.NONE);
        }
        Optional<SavedDraft> draft = drafts.find(actor, projectId, month);
        if (draft.isPresent()) {
            return new Start(draft.get().fields(), new ReturnFormPage.Notice(Optional.empty(),
                    Optional.of(draft.get().savedAt()), justSaved));
        }
        Optional<RecordedReturn> previous = ReturnPrefill.previous(ledger.history(projectId), month);
        return previous.map(p -> new Start(FormFields.fromDraft(ReturnPrefill.from(p.content(), month)),
                        new ReturnFormPage.Notice(Optional.of(p), Optional.empty(), false)))
                .orElseGet(() -> new Start(bare, ReturnFormPage.Notice.NONE));
    }

    /** The month asked for, or the current month when none (or nonsense) is asked for. */
    private YearMonth month(String text) {
        try {
            return text.isBlank() ? current() : YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            return current();
        }
    }

    private YearMonth current() {
        return YearMonth.from(clock.instant().atZone(ProgrammeTime.ZONE));
    }
}
