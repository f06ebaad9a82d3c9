package org.sendpmo.pack;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sendpmo.confidence.ConfidenceFactor;
import org.sendpmo.confidence.ConfidenceSettings;
import org.sendpmo.cycle.ReturnScheduleSettings;
import org.sendpmo.returns.DataQualityCheck;
import org.sendpmo.returns.DataQualityScore;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RagDefinitions;

/**
 * The configured rules the method page states beyond scoring, risk and KPI trends (which the pack has
 * already): RAG and delivery-confidence definitions, how confidence is stepped down, the returns
 * timetable and data-quality checks, and how big a rank move the board is shown. Built once from
 * configuration; the same for every cycle under one methodology version.
 *
 * @param rankMoveShown the smallest rank move listed under changes since the previous cycle
 */
public record MethodRules(RagDefinitions rag, ConfidenceSettings confidence, ReturnScheduleSettings returns,
                          int rankMoveShown) {

    public MethodRules {
        Objects.requireNonNull(rag, "rag");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(returns, "returns");
    }

    /** A term and its definition, in the order the page lists them. */
    public record Definition(String term, String definition) {
    }

    /** Green, Amber, Red. */
    public List<Definition> ragDefinitions() {
        return List.of(Rag.GREEN, Rag.AMBER, Rag.RED).stream()
                .map(r -> new Definition(r.label(), rag.definition(r))).toList();
    }

    /** The ratings of the scale in use, best first. */
    public List<Definition> confidenceDefinitions() {
        return confidence.scale().levels().stream()
                .map(r -> new Definition(r.label(), confidence.definition(r))).toList();
    }

    public String scaleName() {
        return confidence.scale().levels().size() + "-point";
    }

    /** Evidence that steps indicative confidence down, with how many steps each is worth. */
    public List<ConfidenceFactor> confidenceFactors() {
        return Arrays.asList(ConfidenceFactor.values());
    }

    public List<DataQualityCheck> dataQualityChecks() {
        return Arrays.asList(DataQualityCheck.values());
    }

    /** Points a return loses for each failed data-quality check. */
    public int dataQualityPenalty() {
        return DataQualityScore.PENALTY;
    }
}
