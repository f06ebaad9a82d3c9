package org.sendpmo.pack;

import java.util.EnumMap;
import java.util.Map;
import org.sendpmo.confidence.ConfidenceRating;
import org.sendpmo.confidence.ConfidenceScale;
import org.sendpmo.confidence.ConfidenceSettings;
import org.sendpmo.confidence.DeliveryConfidenceRater;
import org.sendpmo.cycle.EnglandWalesHolidays2025To2027;
import org.sendpmo.cycle.ReturnScheduleSettings;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.cycle.WorkingDays;
import org.sendpmo.returns.DataQualityScorer;
import org.sendpmo.returns.ReturnStatusService;
import org.sendpmo.risk.RiskAssessor;
import org.sendpmo.risk.TestRiskSettings;

/** The indicator services with methodology v1's settings, built in the test (the domain holds no defaults). */
public final class TestIndicators {

    private TestIndicators() {
    }

    public static CycleIndicators v1() {
        Map<ConfidenceRating, String> definitions = new EnumMap<>(ConfidenceRating.class);
        for (ConfidenceRating r : ConfidenceRating.values()) {
            definitions.put(r, r.label() + " (test definition)");
        }
        return new CycleIndicators(
                new ReturnScheduler(new WorkingDays(new EnglandWalesHolidays2025To2027()), new ReturnScheduleSettings(10, 5)),
                new ReturnStatusService(), new DataQualityScorer(), new RiskAssessor(TestRiskSettings.v1()),
                new DeliveryConfidenceRater(new ConfidenceSettings(ConfidenceScale.FIVE_POINT, definitions, 60)));
    }
}
