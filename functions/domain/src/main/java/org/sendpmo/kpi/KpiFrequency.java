package org.sendpmo.kpi;

/** How often a KPI's data arrives. */
public enum KpiFrequency {
    MONTHLY,
    TERMLY,
    QUARTERLY,
    ANNUAL
}
