package org.sendpmo.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskRegister;

/**
 * Everything an upload can record, as it stands: how many return versions, the register's latest
 * entries and how many versions it holds, and the latest KPI values. Two equal snapshots mean nothing
 * was recorded in between.
 */
record Recorded(long returnVersions, List<RiskEntry> register, int registerVersions, List<KpiStore.RecordedValue> kpiValues) {

    private static final LocalDate FAR = LocalDate.of(2100, 1, 1);

    static Recorded now(UploadTestApp app) {
        RiskRegister register = app.bean(RiskRegister.class);
        List<RiskEntry> entries = register.asAt(FAR);
        int versions = entries.stream().mapToInt(e -> register.history(e.id()).size()).sum();
        List<KpiStore.RecordedValue> kpis = app.bean(KpiStore.class).latest(YearMonth.from(FAR), Instant.parse("2100-01-01T00:00:00Z"));
        return new Recorded(app.bean(ReturnLedger.class).count(), entries, versions, kpis);
    }
}
