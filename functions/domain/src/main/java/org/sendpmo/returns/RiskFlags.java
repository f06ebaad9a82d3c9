package org.sendpmo.returns;

/**
 * What the risk register says about a project, as far as return checks need it. The risk module
 * (built separately) will compute it; until then callers pass it in.
 *
 * @param hasHighRiskOutsideAppetite an open risk rated High whose score is outside the programme's appetite
 */
public record RiskFlags(boolean hasHighRiskOutsideAppetite) {

    public static final RiskFlags NONE = new RiskFlags(false);
}
