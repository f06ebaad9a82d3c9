package org.sendpmo.adapters.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.chase.Mailer;
import org.sendpmo.chase.OutstandingReturns;
import org.sendpmo.chase.ProjectLeads;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.HolidayCalendar;
import org.sendpmo.cycle.WorkingDays;
import org.sendpmo.lead.DraftService;
import org.sendpmo.lead.LeadProjects;
import org.sendpmo.lead.Receipts;
import org.sendpmo.lead.ReminderLog;
import org.sendpmo.lead.Reminders;
import org.sendpmo.lead.SavedDrafts;
import org.sendpmo.pack.CycleIndicators;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.storage.Transactions;

/**
 * The project lead's experience: drafts, "my projects", receipts and reminders. What needs to know who leads a
 * project waits, as chasing does, for the {@link ProjectLeads} of the function that signs people in.
 */
@Factory
public class LeadFactory {

    @Singleton
    DraftService draftService(SavedDrafts drafts, ProjectDirectory projects, Transactions transactions, AuditLog audit) {
        return new DraftService(drafts, projects, transactions, audit);
    }

    @Singleton
    @Requires(beans = ProjectLeads.class)
    LeadProjects leadProjects(ProjectDirectory projects, CycleRepository cycles, ReturnLedger ledger, OutstandingReturns outstanding,
                              CycleIndicators indicators, SavedDrafts drafts) {
        return new LeadProjects(projects, cycles, ledger, outstanding, indicators::schedule, drafts);
    }

    @Singleton
    @Requires(beans = ProjectLeads.class)
    Receipts receipts(ProjectLeads leads, Mailer mailer, SiteConfig site) {
        return new Receipts(leads, mailer, site.getProgrammeName(), site.getPublicBaseUrl());
    }

    @Singleton
    @Requires(beans = ProjectLeads.class)
    Reminders reminders(CycleRepository cycles, OutstandingReturns outstanding, CycleIndicators indicators, HolidayCalendar holidays,
                        @Value("${assurance.reminders.working-days-before-due:3}") int workingDaysBefore, ReminderLog log,
                        Mailer mailer, Transactions transactions, AuditLog audit, SiteConfig site) {
        return new Reminders(cycles, outstanding, indicators::schedule, new WorkingDays(holidays), workingDaysBefore, log, mailer,
                transactions, audit, site.getProgrammeName(), site.getPublicBaseUrl());
    }
}
