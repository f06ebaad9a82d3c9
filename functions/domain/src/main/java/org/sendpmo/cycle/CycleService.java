package org.sendpmo.cycle;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.Transactions;

/**
 * The programme office sets up and changes board cycles. A cycle's id is made from its board and meeting
 * month ({@code stsb-2026-12}) and never changes afterwards: it names the cycle's folder in the site bucket
 * and its builds. Each change is stored with its audit entry in one transaction, or not at all.
 */
public final class CycleService {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    private final CycleRepository cycles;
    private final CycleValidator validator;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<BoardNames> boardNames;

    /** @param boardNames the boards' names now, for messages and the name stored beside the code */
    public CycleService(CycleRepository cycles, CycleValidator validator, AuditLog audit, Transactions transactions, Clock clock,
                        Supplier<BoardNames> boardNames) {
        this.cycles = cycles;
        this.validator = validator;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.boardNames = boardNames;
    }

    public CycleOutcome create(CycleDraft draft, Actor actor) {
        CycleValidator.Result result = validator.check(draft, null);
        if (!result.problems().isEmpty()) {
            return new CycleOutcome.Rejected(result.problems());
        }
        CycleValidator.Checked c = result.checked();
        String id = c.defaultId();
        String boardName = boardNames.get().of(c.board());
        return transactions.inTransaction(() -> {
            Optional<BoardCycle> clash = cycles.find(id);
            if (clash.isPresent()) {
                return new CycleOutcome.Rejected(List.of(new Problem("meetingDate", draft.meetingDate(),
                        "There is already a " + boardName + " cycle for " + c.meetingDate().format(MONTH) + " (" + id
                                + "). Change that cycle instead, or choose a meeting date in another month")));
            }
            BoardCycle cycle = new BoardCycle(id, c.board(), boardName, c.meetingDate(), c.reportingMonth(), c.cutOff(),
                    c.returnsDue());
            cycles.save(cycle);
            record(actor, AuditAction.CYCLE_CREATED, cycle, describe(cycle));
            return new CycleOutcome.Saved(cycle);
        });
    }

    /** Changes the dates of an existing cycle; its id and board stay as they are. */
    public CycleOutcome edit(String id, CycleDraft draft, Actor actor) {
        Optional<BoardCycle> existing = cycles.find(id);
        if (existing.isEmpty()) {
            return new CycleOutcome.NotFound(id);
        }
        CycleValidator.Result result = validator.check(draft, existing.get().boardCode());
        if (!result.problems().isEmpty()) {
            return new CycleOutcome.Rejected(result.problems());
        }
        BoardCycle changed = new BoardCycle(id, existing.get().boardCode(), existing.get().board(), result.checked().meetingDate(),
                result.checked().reportingMonth(), result.checked().cutOff(), result.checked().returnsDue());
        return transactions.inTransaction(() -> {
            cycles.save(changed);
            record(actor, AuditAction.CYCLE_CHANGED, changed, changes(existing.get(), changed));
            return new CycleOutcome.Saved(changed);
        });
    }

    private void record(Actor actor, AuditAction action, BoardCycle cycle, String detail) {
        audit.record(new AuditEntry(clock.instant(), actor.username(), action, cycle.id(), null, detail));
    }

    private static String describe(BoardCycle c) {
        return c.board() + ": meeting " + c.meetingDate() + ", reporting month " + c.reportingMonth() + ", returns due "
                + c.returnsDue() + ", data cut-off " + c.cutOff();
    }

    /** What changed, field by field ("meeting 2026-12-16 to 2026-12-17"); says so when nothing did. */
    static String changes(BoardCycle before, BoardCycle after) {
        List<String> parts = new ArrayList<>();
        change(parts, "meeting", before.meetingDate(), after.meetingDate());
        change(parts, "reporting month", before.reportingMonth(), after.reportingMonth());
        change(parts, "returns due", before.returnsDue(), after.returnsDue());
        change(parts, "data cut-off", before.cutOff(), after.cutOff());
        return parts.isEmpty() ? "saved with no change" : String.join("; ", parts);
    }

    private static void change(List<String> parts, String what, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            parts.add(what + " " + (before == null ? "(default)" : before) + " to " + after);
        }
    }
}
