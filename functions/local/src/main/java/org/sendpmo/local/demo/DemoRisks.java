package org.sendpmo.local.demo;

import static org.sendpmo.project.ImprovementArea.*;
import static org.sendpmo.risk.EscalationStatus.ESCALATED_TO_OG;
import static org.sendpmo.risk.EscalationStatus.ESCALATED_TO_SIAB;
import static org.sendpmo.risk.EscalationStatus.ESCALATED_TO_SRP_BOARD;
import static org.sendpmo.risk.EscalationStatus.ESCALATED_TO_STSB;
import static org.sendpmo.risk.EscalationStatus.NONE;
import static org.sendpmo.risk.EscalationStatus.REFERRED_TO_DIRECTORATE_REGISTER;
import static org.sendpmo.risk.RiskCategory.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.risk.ActionStatus;
import org.sendpmo.risk.Control;
import org.sendpmo.risk.EntryStatus;
import org.sendpmo.risk.EntryType;
import org.sendpmo.risk.EscalationStatus;
import org.sendpmo.risk.Kri;
import org.sendpmo.risk.KriPolarity;
import org.sendpmo.risk.KriReading;
import org.sendpmo.risk.MitigatingAction;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskScore;

/**
 * A deterministic demo risk and issue register of 25 entries, drawn from the examples in domain-facts §6
 * (data quality, complaints, recruitment, programme resources, High Needs funding, communications,
 * commissioning, demand, partnership risks). The programme office records it once a month, just before
 * each cycle's cut-off: key risk indicators get that month's value, most entries are reviewed, and a few
 * entries change (a risk worsens, one improves, one is escalated, one closes, one is raised), so packs show
 * changes between cycles. Some reviews are left to go stale and some actions run past their due dates, so
 * the risks page has every list to show. All figures are synthetic.
 */
public final class DemoRisks {

    private DemoRisks() {
    }

    /** The register as recorded for one reporting month, on {@code recordedOn} (before that cycle's cut-off). */
    public static List<RiskEntry> asAt(YearMonth month, LocalDate recordedOn) {
        int m = (int) java.time.temporal.ChronoUnit.MONTHS.between(DemoCycles.FIRST_MONTH, month);
        List<RiskEntry> entries = new ArrayList<>();
        for (Draft d : drafts(month)) {
            if (!month.isBefore(d.raised)) {
                entries.add(d.build(entries.size(), m, month, recordedOn));
            }
        }
        return entries;
    }

    private static List<Draft> drafts(YearMonth month) {
        boolean fromMarch = !month.isBefore(YearMonth.of(2026, 3));
        boolean fromMay = !month.isBefore(YearMonth.of(2026, 5));
        boolean fromJune = !month.isBefore(YearMonth.of(2026, 6));
        return List.of(
            new Draft("R01", EntryType.ISSUE, "Project returns arrive incomplete or poorly evidenced", DATA_QUALITY, "SEND Programme Manager")
                .areas(C7).scores(5, 5, 4, 4, 2, 2).control("Data Quality Group reviews returns monthly")
                .kri("% of returns scoring below 60 for data quality", KriPolarity.HIGHER_IS_WORSE, 15, 25, 32, -1.2)
                .escalation(ESCALATED_TO_STSB),
            new Draft("R02", EntryType.RISK, "Complaints about poor communication rise", COMPLAINTS, "Complaints Manager")
                .projects("P10", "P37", "P44").areas(C1).scores(4, 5, 3, 5, 2, 3).control("Weekly complaints triage")
                .kri("Open and overdue SEND complaints", KriPolarity.HIGHER_IS_WORSE, 40, 60, 52, 1)
                .action("Publish response standards for SEND complaints", "Complaints Manager", 2026, 12, 31, ActionStatus.OPEN),
            new Draft("R03", EntryType.RISK, "Assessment Officer posts stay vacant", RECRUITMENT_WORKFORCE, "Head of SEN Assessment")
                .projects("P07", "P38").areas(C6).scores(5, 5, fromJune ? 4 : 5, 4, 2, 3).control("Agency cover approved")
                .kri("% of vacancies in the SEND service", KriPolarity.HIGHER_IS_WORSE, 10, 15, 16, -0.5)
                .action("Run a targeted recruitment campaign for Assessment Officers", "HR Business Partner", 2026, 3, 31, ActionStatus.IN_PROGRESS)
                .escalation(ESCALATED_TO_OG),
            new Draft("R04", EntryType.RISK, "Programme team too small for the number of projects", PROGRAMME_RESOURCES, "SEND Programme Manager")
                .projects("P48").areas(C7).scores(4, 4, 3, 4, 2, 2).control("Projects prioritised by the 11 criteria")
                .staleSince(2025, 12, 15),
            new Draft("R05", EntryType.RISK, "High Needs deficit grows faster than the Safety Valve trajectory", FINANCE_HIGH_NEEDS, "S151 Officer")
                .projects("P48").areas(C7).scores(5, 5, 5, 5, 3, 4).control("Quarterly Safety Valve monitoring")
                .kri("In-year High Needs overspend (£m)", KriPolarity.HIGHER_IS_WORSE, 45, 50, 44, 1)
                .action("Submit the quarterly Safety Valve return to the DfE", "Finance Business Partner", 2026, 7, 31,
                        month.isBefore(YearMonth.of(2026, 7)) ? ActionStatus.IN_PROGRESS : ActionStatus.COMPLETE)
                .escalation(ESCALATED_TO_SRP_BOARD),
            new Draft("R06", EntryType.RISK, "Too little finance capacity to monitor High Needs projects", FINANCE_HIGH_NEEDS, "Finance Business Partner")
                .projects("P48").areas(C7).scores(4, 3, 3, 3, 2, 2).control("Financial Analyst in post")
                .action("Appoint a Financial Analyst for High Needs", "Finance Business Partner", 2026, 1, 31, ActionStatus.COMPLETE),
            new Draft("R07", EntryType.RISK, "Parents challenge fewer special-school placements through complaints and tribunals", COMPLAINTS, "Director for Education and SEN")
                .projects("P02", "P09").areas(C1, C2).scores(5, 5, 4, 5, 3, 4).control("Co-produced placement guidance")
                .kri("Appeals lodged with the SEND Tribunal in the month", KriPolarity.HIGHER_IS_WORSE, 45, 55, 40, 1.5)
                .escalation(fromMarch ? ESCALATED_TO_SIAB : NONE),
            new Draft("R08", EntryType.RISK, "Young people leave acute wards for unregistered care at high cost", PARTNERSHIP, "Director for Integrated Children's Services")
                .projects("P23").areas(C8).scores(4, 5, 3, 5, 2, 4).control("Joint case panel with the ICB")
                .kri("% of CETRs held before admission", KriPolarity.LOWER_IS_WORSE, 80, 60, 70, 1)
                .escalation(ESCALATED_TO_SIAB).staleSince(2026, 8, 20),
            new Draft("R09", EntryType.RISK, "Mental health funding streams leave a backlog of joint cases", COMMISSIONING, "Head of Joint Commissioning")
                .projects("P31", "P32").areas(C4).scores(4, 4, 3, 4, 2, 2).control("Joint funding panel meets fortnightly"),
            new Draft("R10", EntryType.RISK, "Assurance is diluted when KPIs are held only in sub-groups", OTHER, "Corporate Assurance and Risk Manager")
                .areas(C7).scores(3, 3, 2, 3, 1, 2).control("Critical KPIs reported to every board"),
            new Draft("R11", EntryType.ISSUE, "Annual reviews waiting over 12 months", DEMAND, "AD Specialist Children's Services")
                .projects("P01", "P29").areas(C6, C9).scores(5, 5, 5, 4, 2, 3).control("Backlog cases prioritised by need")
                .kri("Annual reviews waiting over 12 months", KriPolarity.HIGHER_IS_WORSE, 400, 600, 720, -30)
                .action("Clear the phase 1 backlog cases", "AD Specialist Children's Services", 2026, 6, 30, ActionStatus.IN_PROGRESS),
            new Draft("R12", EntryType.RISK, "Requests for EHC needs assessment keep rising", DEMAND, "Head of SEN Assessment")
                .projects("P17", "P38").areas(C6).scores(4, 4, fromMay ? 4 : 3, 4, 3, 3).control("Decision-making panel guidance")
                .kri("Requests for statutory assessment in the month", KriPolarity.HIGHER_IS_WORSE, 110, 130, 98, 2.5)
                .escalation(fromMay ? ESCALATED_TO_OG : NONE),
            new Draft("R13", EntryType.RISK, "Waits for autism assessment lengthen", PARTNERSHIP, "Designated Clinical Officer")
                .projects("P03", "P05").areas(C8).scores(5, 4, 5, 3, 3, 3).control("Neurodevelopmental pathway triage")
                .kri("Children on the autism assessment waiting list", KriPolarity.HIGHER_IS_WORSE, 3000, 3500, 3300, 25),
            new Draft("R14", EntryType.RISK, "Some schools are unwilling to admit children with SEND", OTHER, "Director for Education and SEN")
                .projects("P12", "P19").areas(C2).scores(4, 4, 3, 4, 2, 3).control("Inclusion Leadership Service visits"),
            new Draft("R15", EntryType.RISK, "Changes do not reach parents and carers", COMMUNICATIONS, "Head of Communications")
                .projects("P10", "P35").areas(C1, C3).scores(4, 3, 3, 3, 2, 2).control("Monthly parent newsletter")
                .staleSince(2026, 5, 20),
            new Draft("R16", EntryType.RISK, "MI system changes are delayed", DATA_QUALITY, "Head of MIU")
                .projects("P34", "P47").areas(C6).scores(3, 4, 2, 4, 1, 3).control("Change board approves releases"),
            new Draft("R17", EntryType.RISK, "Not enough tuition providers for children out of school", COMMISSIONING, "Head of Joint Commissioning")
                .projects("P41", "P42").areas(C5).scores(3, 3, 2, 3, 1, 2).control("Dynamic purchasing system open"),
            new Draft("R18", EntryType.RISK, "Independent school placements cost more than planned", FINANCE_HIGH_NEEDS, "Head of Joint Commissioning")
                .projects("P40").areas(C5, C9).scores(5, 4, 4, 4, 3, 3).control("Placement panel checks value for money")
                .kri("CYP in independent specialist schools", KriPolarity.HIGHER_IS_WORSE, 1550, 1650, 1500, 8),
            new Draft("R19", EntryType.RISK, "Few partners attend co-production workshops", PARTNERSHIP, "Participation Lead")
                .projects("P11", "P28").areas(C3).scores(3, 2, 2, 2, 1, 2).control("Workshops held in each area")
                .staleSince(2025, 10, 1),
            new Draft("R20", EntryType.RISK, "Schools do not adopt the transition charter", OTHER, "Director for Education and SEN")
                .projects("P16").areas(C5).scores(3, 3, 2, 3, 1, 2).control("Charter signed by headteacher forums")
                .closed(fromJune),
            new Draft("R21", EntryType.RISK, "Calls to the Enquiries Hub go unanswered", COMPLAINTS, "Enquiries Hub Manager")
                .projects("P44").areas(C1).scores(4, 4, 4, 3, 2, 2).control("Call queue monitored daily")
                .kri("% of calls unanswered", KriPolarity.HIGHER_IS_WORSE, 20, 30, 34, -1.5)
                .action("Add call-back capacity to the Enquiries Hub", "Enquiries Hub Manager", 2026, 9, 15, ActionStatus.OPEN),
            new Draft("R22", EntryType.RISK, "Early years settings lack specialist support", DEMAND, "Early Years Lead")
                .projects("P22", "P33").areas(C2).scores(3, 3, 3, 2, 2, 2).control("STLS early years outreach"),
            new Draft("R23", EntryType.RISK, "Special school places run out before new places open", DEMAND, "Director for Education and SEN")
                .projects("P45", "P02").areas(C1, C5).scores(5, 5, 4, 5, 3, 3).control("Sufficiency plan reviewed termly")
                .escalation(ESCALATED_TO_STSB).raised(YearMonth.of(2026, 4)),
            new Draft("R24", EntryType.RISK, "Speech and language therapists are hard to recruit", RECRUITMENT_WORKFORCE, "Designated Clinical Officer")
                .projects("P03", "P04").areas(C8).scores(4, 4, 3, 4, 2, 3).control("Therapy assistants trained")
                .escalation(REFERRED_TO_DIRECTORATE_REGISTER),
            new Draft("R25", EntryType.ISSUE, "The quality assurance audit cycle has slipped", OTHER, "Head of Quality Assurance")
                .projects("P25").areas(C6).scores(3, 5, 2, 5, 1, 3).control("Audit tool in use since 2021")
                .action("Restart the monthly moderation cycle", "Head of Quality Assurance", 2026, 8, 31, ActionStatus.OPEN)
                .staleSince(2026, 6, 10));
    }

    /** One entry's fixed facts, and the few that change with the month. */
    private static final class Draft {
        private final String id;
        private final EntryType type;
        private final String title;
        private final RiskCategory category;
        private final String owner;
        private List<String> projects = List.of();
        private EnumSet<ImprovementArea> areas = EnumSet.noneOf(ImprovementArea.class);
        private RiskScore inherent;
        private RiskScore current;
        private RiskScore target;
        private final List<Control> controls = new ArrayList<>();
        private final List<MitigatingAction> actions = new ArrayList<>();
        private KriSpec kri;
        private EscalationStatus escalation = NONE;
        private LocalDate staleSince;
        private boolean closed;
        private YearMonth raised = DemoCycles.FIRST_MONTH;

        Draft(String id, EntryType type, String title, RiskCategory category, String owner) {
            this.id = id;
            this.type = type;
            this.title = title;
            this.category = category;
            this.owner = owner;
        }

        Draft projects(String... ids) {
            projects = List.of(ids);
            return this;
        }

        Draft areas(ImprovementArea first, ImprovementArea... rest) {
            areas = EnumSet.of(first, rest);
            return this;
        }

        /** Inherent, current and target likelihood and impact. */
        Draft scores(int il, int ii, int cl, int ci, int tl, int ti) {
            inherent = new RiskScore(il, ii);
            current = new RiskScore(cl, ci);
            target = new RiskScore(tl, ti);
            return this;
        }

        Draft control(String description) {
            controls.add(new Control(description, Control.Effectiveness.PARTIALLY_EFFECTIVE));
            return this;
        }

        Draft action(String description, String actionOwner, int year, int month, int day, ActionStatus status) {
            actions.add(new MitigatingAction(description, actionOwner, LocalDate.of(year, month, day), status));
            return this;
        }

        /** A KRI whose value starts at {@code start} in the first demo month and moves by {@code step} a month. */
        Draft kri(String name, KriPolarity polarity, double amber, double red, double start, double step) {
            kri = new KriSpec(name, polarity, amber, red, start, step);
            return this;
        }

        Draft escalation(EscalationStatus status) {
            escalation = status;
            return this;
        }

        /** Not reviewed since this date, so the review falls overdue once the period has passed. */
        Draft staleSince(int year, int month, int day) {
            staleSince = LocalDate.of(year, month, day);
            return this;
        }

        Draft closed(boolean isClosed) {
            closed = isClosed;
            return this;
        }

        Draft raised(YearMonth month) {
            raised = month;
            return this;
        }

        RiskEntry build(int index, int m, YearMonth month, LocalDate recordedOn) {
            // Kept up to date: reviewed in the fortnight before recording. Stale: after staleSince, the last
            // review stays on that date.
            LocalDate reviewed = staleSince != null && recordedOn.isAfter(staleSince) ? staleSince
                    : recordedOn.minusDays(index % 12);
            List<Kri> kris = kri == null ? List.of() : List.of(kri.at(m, month));
            return new RiskEntry(id, type, title, "Because " + title.toLowerCase(java.util.Locale.UK)
                    + ", delivery of the linked projects and outcomes for children and families may suffer.",
                    category, owner, projects, areas, inherent, current, target, controls, actions, kris, escalation,
                    reviewed, closed ? EntryStatus.CLOSED : EntryStatus.OPEN);
        }
    }

    private record KriSpec(String name, KriPolarity polarity, double amber, double red, double start, double step) {
        Kri at(int m, YearMonth month) {
            return new Kri(name, polarity, plain(amber), plain(red), new KriReading(plain(start + step * m), month));
        }

        /** One decimal place at most, without an exponent (3300, not 3.3E+3). */
        private static BigDecimal plain(double value) {
            BigDecimal v = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0) : v;
        }
    }
}
