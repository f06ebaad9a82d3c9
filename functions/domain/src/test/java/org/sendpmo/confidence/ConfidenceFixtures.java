package org.sendpmo.confidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.risk.EntryStatus;
import org.sendpmo.risk.Kri;
import org.sendpmo.risk.KriPolarity;
import org.sendpmo.risk.KriReading;
import org.sendpmo.risk.ProjectRiskExposure;
import org.sendpmo.risk.RiskAssessor;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.TestRiskSettings;
import org.sendpmo.scoring.CriterionScores;

/** Settings and evidence for the confidence tests; cycle: reporting month November 2026, cut-off 4 December 2026. */
final class ConfidenceFixtures {

    static final LocalDate CUT_OFF = LocalDate.of(2026, 12, 4);
    static final YearMonth MONTH = YearMonth.of(2026, 11);
    static final RiskAssessor RISKS = new RiskAssessor(TestRiskSettings.v1());

    private ConfidenceFixtures() {
    }

    /** IPA-style wording, test text only: the real definitions come from configuration. */
    static Map<ConfidenceRating, String> fivePointDefinitions() {
        Map<ConfidenceRating, String> d = new EnumMap<>(ConfidenceRating.class);
        d.put(ConfidenceRating.GREEN, "Successful delivery on time, budget and quality appears highly likely.");
        d.put(ConfidenceRating.AMBER_GREEN, "Successful delivery appears probable; constant attention is needed.");
        d.put(ConfidenceRating.AMBER, "Successful delivery appears feasible but significant issues already exist.");
        d.put(ConfidenceRating.AMBER_RED, "Successful delivery is in doubt, with major risks or issues in a number of areas.");
        d.put(ConfidenceRating.RED, "Successful delivery appears unachievable without urgent action.");
        return d;
    }

    static Map<ConfidenceRating, String> threePointDefinitions() {
        Map<ConfidenceRating, String> d = new EnumMap<>(ConfidenceRating.class);
        d.put(ConfidenceRating.GREEN, "Successful delivery appears highly likely.");
        d.put(ConfidenceRating.AMBER, "Successful delivery is in doubt; issues need management attention.");
        d.put(ConfidenceRating.RED, "Successful delivery appears unachievable without urgent action.");
        return d;
    }

    static ConfidenceSettings fivePoint() {
        return new ConfidenceSettings(ConfidenceScale.FIVE_POINT, fivePointDefinitions(), 60);
    }

    static ConfidenceSettings threePoint() {
        return new ConfidenceSettings(ConfidenceScale.THREE_POINT, threePointDefinitions(), 60);
    }

    static Milestone onTrack() {
        return new Milestone("Launch", LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 31), false);
    }

    static Milestone slipped() {
        return new Milestone("Consultation", LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), false);
    }

    static ProjectReturn projectReturn(YearMonth month, Rag rag, Milestone... milestones) {
        return new ProjectReturn("P1", month, rag, "Progress this month", List.of(milestones), List.of(),
                CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "Project Lead");
    }

    /** P1's exposure: optionally a High risk outside appetite (16 > 12) and a KRI at red on a Low risk. */
    static ProjectRiskExposure exposure(boolean highOutsideAppetite, boolean kriRed) {
        List<RiskEntry> register = new ArrayList<>();
        register.add(TestRiskSettings.risk("R-low", 2, 2, CUT_OFF));
        if (highOutsideAppetite) {
            register.add(TestRiskSettings.risk("R-high", 4, 4, CUT_OFF));
        }
        if (kriRed) {
            register.add(TestRiskSettings.entry("R-kri", RiskCategory.RECRUITMENT_WORKFORCE, 2, 3, CUT_OFF, List.of(),
                    List.of(new Kri("Vacancy rate %", KriPolarity.HIGHER_IS_WORSE, new BigDecimal("10"),
                            new BigDecimal("15"), new KriReading(new BigDecimal("17.5"), MONTH))),
                    EntryStatus.OPEN, "P1"));
        }
        return RISKS.exposure("P1", register, CUT_OFF, MONTH);
    }
}
