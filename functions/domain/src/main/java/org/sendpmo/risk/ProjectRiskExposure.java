package org.sendpmo.risk;

import java.util.List;
import java.util.Objects;

/**
 * A project's risk exposure (methodology §2) from the open register entries that link it. Risks and
 * issues both count: an issue is a risk that has happened and is no less exposure.
 *
 * @param highestCurrentScore the highest current score among them, 0 when there are none
 * @param openEntries         their assessments, highest current score first
 */
public record ProjectRiskExposure(String projectId, int highestCurrentScore, int highCount, int outsideAppetiteCount,
                                  List<RiskAssessment> openEntries) {

    public ProjectRiskExposure {
        Objects.requireNonNull(projectId, "projectId");
        openEntries = List.copyOf(openEntries);
    }

    static ProjectRiskExposure of(String projectId, List<RiskAssessment> open) {
        List<RiskAssessment> sorted = open.stream()
                .sorted((a, b) -> Integer.compare(b.currentScore(), a.currentScore())).toList();
        int highest = sorted.isEmpty() ? 0 : sorted.get(0).currentScore();
        int high = (int) sorted.stream().filter(RiskAssessment::isHigh).count();
        int outside = (int) sorted.stream().filter(RiskAssessment::outsideAppetite).count();
        return new ProjectRiskExposure(projectId, highest, high, outside, sorted);
    }

    public boolean hasOpenEntries() {
        return !openEntries.isEmpty();
    }

    public List<RiskAssessment> highOutsideAppetite() {
        return openEntries.stream().filter(RiskAssessment::highOutsideAppetite).toList();
    }

    public List<KriAssessment> redKris() {
        return openEntries.stream().flatMap(a -> a.redKris().stream()).toList();
    }
}
