package org.sendpmo.kpi;

/** Which way a KPI should move. NOT_STATED covers the sources' "n/s" (domain facts §7.2): its trend is not judged. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    NOT_STATED
}
