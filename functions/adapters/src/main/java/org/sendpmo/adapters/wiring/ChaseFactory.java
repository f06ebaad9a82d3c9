package org.sendpmo.adapters.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.chase.ChaseLog;
import org.sendpmo.chase.ChaseMessage;
import org.sendpmo.chase.ChaseService;
import org.sendpmo.chase.Mailer;
import org.sendpmo.chase.OutstandingReturns;
import org.sendpmo.chase.ProjectLeads;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.pack.CycleIndicators;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.ReturnStatusService;
import org.sendpmo.storage.Transactions;

/** Chasing returns: the domain services as beans. {@link ProjectLeads} comes from the function that signs people in. */
@Factory
@Requires(beans = ProjectLeads.class)
public class ChaseFactory {

    /** The schedule is the pack's own ({@link CycleIndicators#schedule}), so the page and the pack agree on the due date. */
    @Singleton
    OutstandingReturns outstandingReturns(ProjectDirectory projects, ReturnLedger ledger, ReturnScheduler scheduler,
                                          CycleIndicators indicators, ProjectLeads leads, ChaseLog chases) {
        return new OutstandingReturns(projects, ledger, new ReturnStatusService(), scheduler, indicators::schedule, leads, chases);
    }

    @Singleton
    ChaseService chaseService(OutstandingReturns outstanding, CycleRepository cycles, SiteConfig site, Mailer mailer,
                              ChaseLog chases, Transactions transactions, AuditLog audit) {
        return new ChaseService(outstanding, cycles, new ChaseMessage(site.getProgrammeName(), site.getPublicBaseUrl()),
                mailer, chases, transactions, audit);
    }
}
