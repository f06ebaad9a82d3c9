package org.sendpmo.local.pack;

import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.sendpmo.adapters.pack.ProductVersion;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.board.StandingsArchive;
import org.sendpmo.confidence.AssessedConfidenceStore;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.local.demo.DemoLoader;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.LinkChecker;
import org.sendpmo.pack.PackAssembler;
import org.sendpmo.pack.PackBuildService;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.PackRenderer;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.risk.RiskRegister;

/**
 * The demo programme (48 projects, 13 cycles, 12 months of returns, the risk register and KPI values) in
 * H2 with the raw bucket on S3Proxy: the demo-size fixture for the publishing tests, which build with
 * the real assembler, templates and link checker and a publisher, ledger and clock of their own.
 */
final class DemoPackFixture implements AutoCloseable {

    /** The last cycle of the demo with a full month of returns. */
    static final String CYCLE = "stsb-2026-11";

    final ApplicationContext context;

    DemoPackFixture(S3ProxyExtension s3, String database) {
        Map<String, Object> properties = new HashMap<>(s3.micronautProperties());
        properties.put("datasources.default.url", "jdbc:h2:mem:" + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        context = ApplicationContext.builder().properties(properties).start();
        context.getBean(DemoLoader.class).load();
    }

    PackBuildService service(PackPublisher publisher, BuildLedger ledger, StandingsArchive standings, Clock clock) {
        return new PackBuildService(context.getBean(ProjectDirectory.class), context.getBean(CycleRepository.class),
                context.getBean(ReturnLedger.class), context.getBean(PackAssembler.class), context.getBean(PackRenderer.class),
                context.getBean(LinkChecker.class), publisher, ledger, standings, context.getBean(RiskRegister.class),
                context.getBean(KpiStore.class), context.getBean(AssessedConfidenceStore.class), clock, ProductVersion.current());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
