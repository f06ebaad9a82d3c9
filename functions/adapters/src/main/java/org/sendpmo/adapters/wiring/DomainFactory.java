package org.sendpmo.adapters.wiring;

import org.sendpmo.adapters.config.UploadConfig;
import org.sendpmo.uploads.SheetReader;
import org.sendpmo.uploads.UploadArchive;
import org.sendpmo.uploads.UploadLauncher;
import org.sendpmo.uploads.UploadProcessor;
import org.sendpmo.uploads.UploadRequests;
import org.sendpmo.uploads.UploadSettings;
import org.sendpmo.uploads.UploadStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.math.BigDecimal;
import org.sendpmo.cycle.HolidayCalendar;
import org.sendpmo.cycle.ReturnScheduleSettings;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.cycle.WorkingDays;
import org.sendpmo.kpi.KpiTrendService;
import org.sendpmo.kpi.KpiTrendSettings;
import org.sendpmo.pack.CycleIndicators;
import org.sendpmo.returns.DataQualityScorer;
import org.sendpmo.returns.ReturnStatusService;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.sendpmo.adapters.config.ConfidenceConfig;
import org.sendpmo.adapters.config.CriterionConfig;
import org.sendpmo.adapters.config.RiskConfig;
import org.sendpmo.adapters.config.SettingsFromConfig;
import org.sendpmo.adapters.config.StabilityConfig;
import org.sendpmo.scoring.stability.RankStability;
import org.sendpmo.scoring.stability.StabilitySettings;
import org.sendpmo.confidence.ConfidenceSettings;
import org.sendpmo.confidence.DeliveryConfidenceRater;
import org.sendpmo.risk.RiskAssessor;
import org.sendpmo.risk.RiskSettings;
import org.sendpmo.adapters.config.MethodologyConfig;
import org.sendpmo.adapters.config.MethodologyFromConfig;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.board.ChangeDetector;
import org.sendpmo.board.RiskChanges;
import org.sendpmo.board.StandingsArchive;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BuildLauncher;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildRequests;
import org.sendpmo.pack.LinkChecker;
import org.sendpmo.pack.PackAssembler;
import org.sendpmo.pack.PackBuildService;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.PackRenderer;
import org.sendpmo.pack.SiteInfo;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnArchive;
import org.sendpmo.returns.ReturnCodec;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.ReturnValidator;
import org.sendpmo.scoring.Methodology;
import org.sendpmo.scoring.PriorityScorer;
import org.sendpmo.storage.Transactions;

/** Makes the pure domain services into beans, from configuration and the adapters' ports. */
@Factory
public class DomainFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    Methodology methodology(MethodologyConfig config, List<CriterionConfig> criteria) {
        return MethodologyFromConfig.build(config, criteria);
    }

    @Singleton
    RiskSettings riskSettings(RiskConfig config) {
        return SettingsFromConfig.risk(config);
    }

    /** With the programme office's risk appetites, read at the start of each build (see {@link EffectiveRiskSettings}). */
    @Singleton
    RiskAssessor riskAssessor(EffectiveRiskSettings settings) {
        return new RiskAssessor(settings);
    }

    @Singleton
    ConfidenceSettings confidenceSettings(ConfidenceConfig config) {
        return SettingsFromConfig.confidence(config);
    }

    @Singleton
    DeliveryConfidenceRater deliveryConfidenceRater(ConfidenceSettings settings) {
        return new DeliveryConfidenceRater(settings);
    }

    @Singleton
    RankStability rankStability(Methodology methodology, StabilityConfig c) {
        return new RankStability(methodology, named(() -> new StabilitySettings(c.getSamples(), c.getSeed(), c.getTopN(),
                c.getFactorMin(), c.getFactorMax(), c.getRobustAtLeast(), c.getRobustAtMost(), c.getNearLine(),
                c.getTippingMaxFactor())));
    }

    @Singleton
    ReturnScheduleSettings returnScheduleSettings(@Value("${assurance.methodology.returns.due-working-days-before}") int due,
                                                  @Value("${assurance.methodology.returns.cut-off-working-days-before}") int cutOff) {
        return named(() -> new ReturnScheduleSettings(due, cutOff));
    }

    @Singleton
    ReturnScheduler returnScheduler(HolidayCalendar holidays, ReturnScheduleSettings settings) {
        return new ReturnScheduler(new WorkingDays(holidays), settings);
    }

    @Singleton
    KpiTrendService kpiTrendService(@Value("${assurance.methodology.kpi.trend-threshold-percent}") BigDecimal threshold) {
        return new KpiTrendService(named(() -> new KpiTrendSettings(threshold)));
    }

    @Singleton
    CycleIndicators cycleIndicators(ReturnScheduler scheduler, RiskAssessor risks, DeliveryConfidenceRater confidence) {
        return new CycleIndicators(scheduler, new ReturnStatusService(), new DataQualityScorer(), risks, confidence);
    }

    /** The domain names a bad setting by its key under {@code assurance.methodology}; say the whole path. */
    private static <T> T named(java.util.function.Supplier<T> settings) {
        try {
            return settings.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid methodology configuration: assurance.methodology." + e.getMessage(), e);
        }
    }

    @Singleton
    SiteInfo siteInfo(SiteConfig config) {
        return new SiteInfo(config.getProgrammeName(), config.getOrganisation());
    }

    @Singleton
    PriorityScorer priorityScorer(Methodology methodology) {
        return new PriorityScorer(methodology);
    }

    /** Known KPIs are read from the store each time a return carries KPI values, as projects are. */
    @Singleton
    ReturnValidator returnValidator(ProjectDirectory projects, org.sendpmo.kpi.KpiStore kpis) {
        return new ReturnValidator(projects, () -> kpis.definitions().stream()
                .map(org.sendpmo.kpi.KpiDefinition::id).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    @Singleton
    ReturnIntake returnIntake(ReturnValidator validator, ReturnCodec codec, ReturnArchive archive, ReturnLedger ledger,
                              Transactions transactions, org.sendpmo.kpi.KpiStore kpis, org.sendpmo.audit.AuditLog audit) {
        return new ReturnIntake(validator, codec, archive, ledger, transactions, kpis, audit);
    }

    @Singleton
    org.sendpmo.returns.RagDefinitions ragDefinitions(org.sendpmo.adapters.config.RagConfig config) {
        return SettingsFromConfig.rag(config);
    }

    /** The definitions and thresholds the pack's method page states, beside the scoring rules. */
    @Singleton
    org.sendpmo.pack.MethodRules methodRules(org.sendpmo.returns.RagDefinitions rag, ConfidenceSettings confidence,
                                             ReturnScheduleSettings returns, MethodologyConfig config) {
        return new org.sendpmo.pack.MethodRules(rag, confidence, returns, config.getRankMoveShown());
    }

    @Singleton
    PackAssembler packAssembler(PriorityScorer scorer, SiteInfo site, MethodologyConfig config, CycleIndicators indicators,
                                RankStability stability, RiskAssessor risks, KpiTrendService kpiTrends,
                                org.sendpmo.pack.MethodRules rules, EffectiveMethodology shown) {
        return new PackAssembler(scorer, site, new ChangeDetector(config.getRankMoveShown()), indicators, stability,
                new RiskChanges(risks), new org.sendpmo.pack.BoardPagesAssembler(risks, kpiTrends, rules))
                .showingMethodology(shown);
    }

    /** Only where the PDF renderer is (the pack-builder, the local run, tests): the api and ingest jars leave it out. */
    @Singleton
    @Requires(beans = org.sendpmo.pack.BoardPackRenderer.class)
    PackBuildService packBuildService(ProjectDirectory projects, CycleRepository cycles, ReturnLedger returns,
                                      PackAssembler assembler, PackRenderer renderer, LinkChecker linkChecker,
                                      PackPublisher publisher, BuildLedger builds,
                                      StandingsArchive standings, org.sendpmo.risk.RiskRegister register,
                                      org.sendpmo.kpi.KpiStore kpis,
                                      org.sendpmo.confidence.AssessedConfidenceStore assessments, Clock clock,
                                      EffectiveRiskSettings riskSettings, EffectiveMethodology methodology,
                                      EffectiveBoardNames boardNames) {
        return new PackBuildService(projects, cycles, returns, assembler, renderer, linkChecker, publisher, builds,
                standings, register, kpis, assessments, clock, org.sendpmo.adapters.pack.ProductVersion.current())
                .beforeEachBuild(() -> {
                    riskSettings.pin();
                    methodology.pin();
                    boardNames.pin();
                })
                .namingBoards(boardNames);
    }

    @Singleton
    BuildRequests buildRequests(BuildLedger builds, org.sendpmo.pack.PackFinality finality, BuildLauncher launcher,
                                org.sendpmo.audit.AuditLog audit, Transactions transactions, Clock clock) {
        return new BuildRequests(builds, finality, launcher, audit, transactions, clock);
    }

    /** Only where the PDF renderer is (the pack-builder, the local run, tests): the api asks the pack-builder for it. */
    @Singleton
    @Requires(beans = org.sendpmo.pack.BoardPackRenderer.class)
    org.sendpmo.pack.BoardPackJobs boardPackJobs(org.sendpmo.pack.BoardPackJobStore jobs, BuildLedger builds,
                                                 CycleRepository cycles, PackPublisher publisher,
                                                 org.sendpmo.pack.BoardPackRenderer renderer, SiteInfo site, Clock clock) {
        return new org.sendpmo.pack.BoardPackJobs(jobs, builds, new org.sendpmo.pack.BoardPackSignOff(cycles, publisher, renderer, site),
                clock);
    }

    @Singleton
    org.sendpmo.pack.BoardPackRequests boardPackRequests(org.sendpmo.pack.PackFinality finality,
                                                         org.sendpmo.pack.BoardPackJobStore jobs, BuildLauncher launcher,
                                                         org.sendpmo.audit.AuditLog audit, Transactions transactions, Clock clock) {
        return new org.sendpmo.pack.BoardPackRequests(finality, jobs, launcher, audit, transactions, clock);
    }

    @Singleton
    org.sendpmo.pack.FinalPacks finalPacks(org.sendpmo.pack.PackFinality finality, BuildLedger builds,
                                           org.sendpmo.audit.AuditLog audit, Transactions transactions, Clock clock,
                                           org.sendpmo.pack.BoardPackRequests boardPacks) {
        return new org.sendpmo.pack.FinalPacks(finality, builds, audit, transactions, clock, boardPacks);
    }

    @Singleton
    org.sendpmo.cycle.CycleService cycleService(CycleRepository cycles, ReturnScheduler scheduler,
                                                org.sendpmo.audit.AuditLog audit, Transactions transactions, Clock clock,
                                                org.sendpmo.reference.ReferenceLists lists) {
        return new org.sendpmo.cycle.CycleService(cycles, new org.sendpmo.cycle.CycleValidator(scheduler), audit, transactions,
                clock, lists::boardNames);
    }

    @Singleton
    org.sendpmo.pack.BuildSchedule buildSchedule(HolidayCalendar holidays,
                                                 @Value("${assurance.schedule.build-days-before-meeting:2}") int daysBefore) {
        try {
            return new org.sendpmo.pack.BuildSchedule(new WorkingDays(holidays), daysBefore);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid configuration: assurance.schedule." + e.getMessage(), e);
        }
    }

    @Singleton
    org.sendpmo.pack.ScheduledBuilds scheduledBuilds(CycleRepository cycles, org.sendpmo.pack.BuildSchedule schedule,
                                                     BuildRequests requests, Clock clock) {
        return new org.sendpmo.pack.ScheduledBuilds(cycles, schedule, requests, clock);
    }

    @Singleton
    UploadSettings uploadSettings(UploadConfig config) {
        try {
            return new UploadSettings(config.getMaxBytes(), config.getPresignValidity());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid configuration: assurance." + e.getMessage(), e);
        }
    }

    @Singleton
    org.sendpmo.confidence.AssessmentService assessmentService(org.sendpmo.confidence.AssessedConfidenceStore store,
            CycleRepository cycles, ProjectDirectory projects, ConfidenceSettings settings, Transactions transactions,
            org.sendpmo.audit.AuditLog audit) {
        return new org.sendpmo.confidence.AssessmentService(store, cycles, projects, settings, transactions, audit);
    }

    @Singleton
    UploadRequests uploadRequests(UploadStore store, UploadArchive archive, UploadLauncher launcher, UploadSettings settings,
                                  org.sendpmo.audit.AuditLog audit) {
        return new UploadRequests(store, archive, launcher, settings, audit);
    }

    @Singleton
    UploadProcessor uploadProcessor(UploadStore store, UploadArchive archive, SheetReader reader, ReturnIntake intake,
                                    org.sendpmo.risk.RiskRegister register, org.sendpmo.kpi.KpiFigureIntake kpiFigures,
                                    Transactions transactions, UploadSettings settings, Clock clock,
                                    @io.micronaut.core.annotation.Nullable org.sendpmo.project.ProjectRegistry projects) {
        UploadProcessor processor = new UploadProcessor(store, archive, reader, intake, register, kpiFigures, transactions,
                settings, clock);
        // none where there is no user directory: registry files are then left for the api
        return projects == null ? processor : processor.withProjectRegistry(projects);
    }

    @Singleton
    org.sendpmo.kpi.KpiDefinitionService kpiDefinitionService(org.sendpmo.kpi.KpiStore kpis, org.sendpmo.audit.AuditLog audit,
                                                              Transactions transactions, Clock clock) {
        return new org.sendpmo.kpi.KpiDefinitionService(kpis, new org.sendpmo.kpi.KpiDefinitionValidator(), audit, transactions, clock);
    }

    @Singleton
    org.sendpmo.kpi.KpiFigureIntake kpiFigureIntake(org.sendpmo.kpi.KpiStore kpis) {
        return new org.sendpmo.kpi.KpiFigureIntake(kpis);
    }
}
