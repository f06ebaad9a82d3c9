package org.sendpmo.api.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiDefinitionDraft;
import org.sendpmo.returns.Problem;

/** KPI definitions as JSON: the same fields as the form, enumerations by their constant's name (PERCENTAGE). */
final class KpiJson {

    private KpiJson() {
    }

    /** A definition to create or change; numbers may be given as JSON numbers or strings. */
    @Serdeable
    public record KpiRequest(@Nullable String id, @Nullable String name, @Nullable String unit, @Nullable String polarity,
                             @Nullable String owner, @Nullable String frequency, @Nullable Boolean critical,
                             @Nullable List<String> areas, @Nullable String baselineMonth, @Nullable String baselineValue,
                             @Nullable String target3Months, @Nullable String target6Months, @Nullable String target12Months) {
        KpiDefinitionDraft toDraft() {
            return new KpiDefinitionDraft(id, name, unit, polarity, owner, frequency, Boolean.TRUE.equals(critical), areas,
                    baselineMonth, baselineValue, target3Months, target6Months, target12Months);
        }
    }

    @Serdeable
    public record Kpi(String id, String name, String unit, String polarity, String owner, String frequency, boolean critical,
                      List<String> areas, @Nullable String baselineMonth, @Nullable BigDecimal baselineValue,
                      @Nullable BigDecimal target3Months, @Nullable BigDecimal target6Months, @Nullable BigDecimal target12Months) {
        static Kpi of(KpiDefinition k) {
            return new Kpi(k.id(), k.name(), k.unit().name(), k.polarity().name(), k.owner(), k.frequency().name(), k.critical(),
                    k.areas().stream().map(Enum::name).sorted().toList(),
                    k.baseline() == null ? null : k.baseline().month().toString(), k.baseline() == null ? null : k.baseline().value(),
                    k.targets().at3Months(), k.targets().at6Months(), k.targets().at12Months());
        }
    }

    @Serdeable
    public record Error(String message, List<CycleJson.ProblemJson> problems) {
        static Error of(String message) {
            return new Error(message, List.of());
        }

        static Error rejected(List<Problem> problems) {
            return new Error("The KPI definition has " + problems.size() + " problem(s); nothing was stored",
                    problems.stream().map(CycleJson.ProblemJson::of).toList());
        }
    }
}
