package org.sendpmo.kpi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.Transactions;

/**
 * The programme office adds and changes the programme's KPI definitions. A KPI's id never changes (its values
 * are kept under it). Each change is stored with its audit entry (who, when, what changed field by field) in one
 * transaction, or not at all; a pack reads the definitions when it is built, so a change shows from the next build.
 */
public final class KpiDefinitionService {

    private final KpiStore store;
    private final KpiDefinitionValidator validator;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public KpiDefinitionService(KpiStore store, KpiDefinitionValidator validator, AuditLog audit, Transactions transactions,
                                Clock clock) {
        this.store = store;
        this.validator = validator;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Optional<KpiDefinition> find(String id) {
        return store.definitions().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public KpiDefinitionOutcome create(KpiDefinitionDraft draft, Actor actor) {
        return transactions.inTransaction(() -> {
            Set<String> ids = store.definitions().stream().map(KpiDefinition::id).collect(Collectors.toSet());
            KpiDefinitionValidator.Result result = validator.check(draft, true, ids);
            if (!result.problems().isEmpty()) {
                return new KpiDefinitionOutcome.Rejected(result.problems());
            }
            KpiDefinition kpi = result.definition();
            store.saveDefinitions(List.of(kpi));
            record(actor, AuditAction.KPI_DEFINED, kpi, describe(kpi));
            return new KpiDefinitionOutcome.Saved(kpi);
        });
    }

    /** Changes everything but the id, which is the one in the path whatever the draft says. */
    public KpiDefinitionOutcome edit(String id, KpiDefinitionDraft draft, Actor actor) {
        return transactions.inTransaction(() -> {
            Optional<KpiDefinition> existing = find(id);
            if (existing.isEmpty()) {
                return new KpiDefinitionOutcome.NotFound(id);
            }
            KpiDefinitionDraft sameId = new KpiDefinitionDraft(id, draft.name(), draft.unit(), draft.polarity(), draft.owner(),
                    draft.frequency(), draft.critical(), draft.areas(), draft.baselineMonth(), draft.baselineValue(),
                    draft.target3Months(), draft.target6Months(), draft.target12Months());
            KpiDefinitionValidator.Result result = validator.check(sameId, false, Set.of());
            if (!result.problems().isEmpty()) {
                return new KpiDefinitionOutcome.Rejected(result.problems());
            }
            KpiDefinition changed = result.definition();
            store.saveDefinitions(List.of(changed));
            record(actor, AuditAction.KPI_DEFINITION_CHANGED, changed, changes(existing.get(), changed));
            return new KpiDefinitionOutcome.Saved(changed);
        });
    }

    private void record(Actor actor, AuditAction action, KpiDefinition kpi, String detail) {
        audit.record(new AuditEntry(clock.instant(), actor.username(), action, kpi.id(), null, detail));
    }

    private static String describe(KpiDefinition k) {
        return k.name() + "; unit " + k.unit().label() + ", " + KpiDefinitionValidator.label(k.polarity()).toLowerCase(java.util.Locale.ROOT)
                + ", owner " + k.owner() + ", " + KpiDefinitionValidator.label(k.frequency()).toLowerCase(java.util.Locale.ROOT)
                + (k.critical() ? ", critical" : "") + ", areas " + areas(k) + ", baseline " + baseline(k) + ", targets " + targets(k);
    }

    /** What changed, field by field ("unit count to %"); says so when nothing did. */
    static String changes(KpiDefinition before, KpiDefinition after) {
        List<String> parts = new ArrayList<>();
        change(parts, "name", before.name(), after.name());
        change(parts, "unit", before.unit().label(), after.unit().label());
        change(parts, "polarity", KpiDefinitionValidator.label(before.polarity()), KpiDefinitionValidator.label(after.polarity()));
        change(parts, "owner", before.owner(), after.owner());
        change(parts, "frequency", KpiDefinitionValidator.label(before.frequency()), KpiDefinitionValidator.label(after.frequency()));
        change(parts, "critical", before.critical() ? "yes" : "no", after.critical() ? "yes" : "no");
        change(parts, "areas", areas(before), areas(after));
        change(parts, "baseline", baseline(before), baseline(after));
        change(parts, "targets", targets(before), targets(after));
        return parts.isEmpty() ? "saved with no change" : String.join("; ", parts);
    }

    private static void change(List<String> parts, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            parts.add(what + " " + before + " to " + after);
        }
    }

    private static String areas(KpiDefinition k) {
        return k.areas().isEmpty() ? "none" : k.areas().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String baseline(KpiDefinition k) {
        return k.baseline() == null ? "none" : k.baseline().value().toPlainString() + " (" + k.baseline().month() + ")";
    }

    private static String targets(KpiDefinition k) {
        return text(k.targets().at3Months()) + "/" + text(k.targets().at6Months()) + "/" + text(k.targets().at12Months())
                + " at 3/6/12 months";
    }

    private static String text(java.math.BigDecimal d) {
        return d == null ? "-" : d.toPlainString();
    }
}
