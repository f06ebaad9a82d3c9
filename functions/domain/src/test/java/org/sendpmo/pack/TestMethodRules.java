package org.sendpmo.pack;

import java.util.EnumMap;
import java.util.Map;
import org.sendpmo.confidence.ConfidenceRating;
import org.sendpmo.confidence.ConfidenceScale;
import org.sendpmo.confidence.ConfidenceSettings;
import org.sendpmo.cycle.ReturnScheduleSettings;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RagDefinitions;

/** Method page rules with v1's numbers and test definitions (the domain holds no defaults). */
public final class TestMethodRules {

    private TestMethodRules() {
    }

    public static MethodRules v1() {
        Map<ConfidenceRating, String> confidence = new EnumMap<>(ConfidenceRating.class);
        for (ConfidenceRating r : ConfidenceRating.values()) {
            confidence.put(r, r.label() + " (test definition)");
        }
        Map<Rag, String> rag = new EnumMap<>(Rag.class);
        for (Rag r : Rag.values()) {
            rag.put(r, r.label() + " (test RAG definition)");
        }
        return new MethodRules(new RagDefinitions(rag), new ConfidenceSettings(ConfidenceScale.FIVE_POINT, confidence, 60),
                new ReturnScheduleSettings(10, 5), 3);
    }
}
