package org.sendpmo.pack;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The known issues of this pack's accessibility statement, worked out from what the pack holds (how many
 * charts it draws, whether any chart bridges a month without a value) beside the limits that hold for
 * every pack. Each issue says what is affected and what to do instead.
 */
public record AccessibilityStatement(List<KnownIssue> knownIssues) {

    public AccessibilityStatement {
        knownIssues = List.copyOf(knownIssues);
    }

    /** @param id for the issue's anchor on the page */
    public record KnownIssue(String id, String summary, String detail) {
        public KnownIssue {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(detail, "detail");
        }
    }

    static AccessibilityStatement of(KpiPage kpis) {
        List<KnownIssue> issues = new ArrayList<>();
        long charts = kpis.kpis().stream().filter(r -> r.chart() != null).count();
        if (charts > 0) {
            issues.add(new KnownIssue("simple-charts", "The KPI charts are simple",
                    "The " + charts + (charts == 1 ? " chart shows" : " charts show") + " one line of monthly values and a"
                            + " dashed baseline, labelled only with the highest and lowest values and the first and last"
                            + " months. Each chart's text summary states the latest value, the change against the baseline"
                            + " and the trend, and its data table gives every value."));
            long bridged = kpis.kpis().stream().filter(AccessibilityStatement::bridgesAGap).count();
            if (bridged > 0) {
                issues.add(new KnownIssue("chart-gaps", "Some chart lines cross months without a value",
                        "In " + bridged + (bridged == 1 ? " chart" : " charts") + " the line joins the months either side"
                                + " of a month with no value, which can look like a change that was not measured. The data"
                                + " table lists only the months that have a value."));
            }
            issues.add(new KnownIssue("chart-data-print", "Chart data may not print in some browsers",
                    "Each chart's data table is in a section that is closed on screen. The print layout opens it, but"
                            + " browsers that do not support that print it closed: open the sections before printing."));
        }
        issues.add(new KnownIssue("pdf-key-pages", "The PDF board pack holds the key pages only",
                "The board pack PDF, linked from the pack's home page, holds the home page and the risks page, tagged"
                        + " for assistive technology (PDF/UA: structure, language, title, bookmarks and embedded fonts)."
                        + " The other pages are web pages only: for paper, print them from a browser, whose print layout"
                        + " is A4. The PDF has not yet been checked with a PDF accessibility checker or a screen reader."));
        issues.add(new KnownIssue("wide-tables", "Some tables are wide",
                "The risk heat map, the risk lists and the improvement areas table need scrolling sideways on a small"
                        + " screen or when zoomed in a long way."));
        issues.add(new KnownIssue("heat-map-levels", "Heat map levels are numbers only",
                "Likelihood and impact are given as 1 to 5: the methodology does not yet give a description for each level."));
        issues.add(new KnownIssue("free-text", "Text written by contributors is shown as written",
                "Progress commentary, risk titles and notes come from project leads and the programme office. They are"
                        + " not checked for plain English, and abbreviations in them are not expanded."));
        issues.add(new KnownIssue("not-tested-by-hand", "Not yet tested by hand or by disabled people",
                "The checks so far are automated. The pack has not been tested with screen readers (such as JAWS, NVDA"
                        + " or VoiceOver), screen magnifiers or voice control, or by disabled board members."));
        return new AccessibilityStatement(issues);
    }

    /** Whether the chart's months, first to last, include one without a value. */
    private static boolean bridgesAGap(KpiPage.Row row) {
        if (row.series().size() < 2) {
            return false;
        }
        long span = ChronoUnit.MONTHS.between(row.series().get(0).month(), row.series().get(row.series().size() - 1).month());
        return span + 1 > row.series().size();
    }
}
