package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendpmo.kpi.AgreedBaseline;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiFrequency;
import org.sendpmo.kpi.KpiObservation;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.kpi.KpiTargets;
import org.sendpmo.kpi.KpiUnit;
import org.sendpmo.kpi.Polarity;
import org.sendpmo.project.ImprovementArea;

/**
 * {@link KpiStore} in {@code kpi_definition} and {@code kpi_value}. Versions are numbered per KPI, scope
 * (project or programme) and month; two concurrent records of the same one collide on the unique
 * constraint and the loser is told to retry. Decimals are stored as exact text so they read back equal.
 */
@Singleton
public class JdbcKpiStore implements KpiStore {

    /** The scope of a programme-level value ({@code NULL} cannot take part in a unique constraint). */
    static final String PROGRAMME = "";

    private final KpiDefinitionRows definitions;
    private final KpiValueRows values;
    private final JdbcStorage storage;

    public JdbcKpiStore(KpiDefinitionRows definitions, KpiValueRows values, JdbcStorage storage) {
        this.definitions = definitions;
        this.values = values;
        this.storage = storage;
    }

    @Override
    public void saveDefinitions(List<KpiDefinition> list) {
        storage.write(() -> {
            for (KpiDefinition d : list) {
                KpiDefinitionRow row = toRow(d);
                if (definitions.existsById(d.id())) {
                    definitions.update(row);
                } else {
                    definitions.save(row);
                }
            }
            return null;
        });
    }

    @Override
    public List<KpiDefinition> definitions() {
        return storage.read(() -> definitions.listOrdered().stream().map(JdbcKpiStore::toDefinition).toList());
    }

    @Override
    public RecordedValue record(String kpiId, String projectId, YearMonth month, BigDecimal value, Instant receivedAt,
                                String reason) {
        // Both engines keep microseconds; truncating here makes the returned value equal what is read back.
        Instant at = receivedAt.truncatedTo(ChronoUnit.MICROS);
        String scope = projectId == null ? PROGRAMME : projectId;
        return storage.write(() -> {
            if (!definitions.existsById(kpiId)) {
                throw new IllegalArgumentException("no KPI is defined with id " + kpiId);
            }
            Optional<KpiValueRow> latest = values.latest(kpiId, scope, month.toString());
            if (latest.isPresent() && new BigDecimal(latest.get().valueText()).compareTo(value) == 0) {
                return toRecorded(latest.get()); // the same figure again is not a revision
            }
            int version = latest.map(KpiValueRow::version).orElse(0) + 1;
            return toRecorded(values.save(new KpiValueRow(null, kpiId, projectId, scope, month.toString(), version,
                    value.toString(), at, reason == null || reason.isBlank() ? null : reason.strip())));
        });
    }

    @Override
    public Optional<RecordedValue> latestOf(String kpiId, String projectId, YearMonth month) {
        String scope = projectId == null ? PROGRAMME : projectId;
        return storage.read(() -> values.latest(kpiId, scope, month.toString()).map(JdbcKpiStore::toRecorded));
    }

    @Override
    public List<RecordedValue> latest(YearMonth upToMonth, Instant receivedBefore) {
        return storage.read(() -> highestVersions(values.versionsUpTo(upToMonth.toString(), receivedBefore)));
    }

    @Override
    public List<RecordedValue> revisedBetween(Instant since, Instant receivedBefore, YearMonth upToMonth) {
        return storage.read(() -> values.revisedBetween(since, receivedBefore, upToMonth.toString()).stream()
                .map(JdbcKpiStore::toRecorded).toList());
    }

    @Override
    public Optional<RecordedValue> earlier(String kpiId, String projectId, YearMonth month, int belowVersion,
                                           Instant receivedBefore) {
        String scope = projectId == null ? PROGRAMME : projectId;
        return storage.read(() -> values.earlier(kpiId, scope, month.toString(), belowVersion, receivedBefore)
                .map(JdbcKpiStore::toRecorded));
    }

    /** The first row of each KPI, scope and month, given rows ordered by those and then by version, highest first. */
    private static List<RecordedValue> highestVersions(List<KpiValueRow> rows) {
        List<RecordedValue> latest = new java.util.ArrayList<>();
        KpiValueRow previous = null;
        for (KpiValueRow row : rows) {
            if (previous == null || !row.kpiId().equals(previous.kpiId()) || !row.scope().equals(previous.scope())
                    || !row.reportingMonth().equals(previous.reportingMonth())) {
                latest.add(toRecorded(row));
            }
            previous = row;
        }
        return latest;
    }

    private static RecordedValue toRecorded(KpiValueRow r) {
        return new RecordedValue(new KpiObservation(r.kpiId(), YearMonth.parse(r.reportingMonth()), new BigDecimal(r.valueText()),
                r.version()), r.projectId(), r.receivedAt(), r.revisionReason());
    }

    private static KpiDefinitionRow toRow(KpiDefinition d) {
        String areas = d.areas().isEmpty() ? ""
                : EnumSet.copyOf(d.areas()).stream().map(ImprovementArea::name).collect(Collectors.joining(","));
        return new KpiDefinitionRow(d.id(), d.name(), d.unit().name(), d.polarity().name(), d.owner(), d.frequency().name(),
                d.critical(), areas, text(d.targets().at3Months()), text(d.targets().at6Months()), text(d.targets().at12Months()),
                d.baseline() == null ? null : d.baseline().month().toString(),
                d.baseline() == null ? null : d.baseline().value().toString());
    }

    private static KpiDefinition toDefinition(KpiDefinitionRow r) {
        Set<ImprovementArea> areas = r.improvementAreas().isBlank() ? Set.of()
                : Arrays.stream(r.improvementAreas().split(",")).map(ImprovementArea::valueOf).collect(Collectors.toSet());
        return new KpiDefinition(r.id(), r.name(), KpiUnit.valueOf(r.unit()), Polarity.valueOf(r.polarity()), r.owner(),
                KpiFrequency.valueOf(r.frequency()), r.critical(), areas,
                new KpiTargets(decimal(r.target3Months()), decimal(r.target6Months()), decimal(r.target12Months())),
                r.baselineMonth() == null || r.baselineValue() == null ? null
                        : new AgreedBaseline(YearMonth.parse(r.baselineMonth().strip()), new BigDecimal(r.baselineValue())));
    }

    private static String text(BigDecimal d) {
        return d == null ? null : d.toString();
    }

    private static BigDecimal decimal(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
