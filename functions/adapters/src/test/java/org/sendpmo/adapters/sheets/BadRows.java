package org.sendpmo.adapters.sheets;

import static org.sendpmo.uploads.UploadKind.RETURNS;
import static org.sendpmo.uploads.UploadKind.RISK_REGISTER;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendpmo.cycle.ProgrammeTime;

/**
 * Bad inputs in the data rows: values out of range or not of their kind, text too long or with unsafe
 * characters, rows that clash, and ids the programme does not know. Generated here, each with the words
 * of its own rejection. Part of {@link BadUploads}.
 */
public final class BadRows {

    private BadRows() {
    }

    /** The month the programme is in now: a return for a later month is refused. */
    public static YearMonth currentMonth() {
        return YearMonth.now(ProgrammeTime.ZONE);
    }

    public static BadUpload thousandProblems() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            Map<String, Object> row = SheetFixtures.riskRow("R" + i);
            row.put("Current impact", "High");
            rows.add(row);
        }
        return BadUpload.file("over a thousand problems", RISK_REGISTER, SheetFixtures.riskCsv(rows),
                "There are more than 1000 problems, so the rest of the file was not checked");
    }

    public static BadUpload impossibleDate() {
        return risk("an impossible date", "Last reviewed", "31/02/2026", "there is no 31 February 2026");
    }

    public static BadUpload impactNotANumber() {
        return risk("an impact that is not a number", "Current impact", "High", "Current impact must be a whole number from 1 to 5");
    }

    public static BadUpload likelihoodOutOfRange() {
        return risk("a likelihood out of range", "Inherent likelihood", 6, "Inherent likelihood must be a whole number from 1 to 5");
    }

    public static BadUpload criterionScoreNotANumber() {
        return returns("a criterion score that is not a number", SheetFixtures.returnWith("C04 score", "High"), 2, "C04 score",
                "C04 score must be a whole number from 1 to 5; found 'High'");
    }

    public static BadUpload textOverTheLimit() {
        return risk("text over its column's limit", "Title", "x".repeat(301), "Title must be 300 characters or fewer; found 301 characters");
    }

    public static BadUpload idOverTheLimit() {
        return risk("an id over its column's limit", "Risk ID", "R" + "0".repeat(34), "Risk ID must be 30 characters or fewer; found 35");
    }

    public static BadUpload bidiOverride() {
        return risk("a bidirectional override character", "Owner", "Head of \u202Efdp.exe", "bidirectional formatting character U+202E");
    }

    public static BadUpload controlCharacter() {
        return risk("a control character", "Description", "Bell\u0007 here", "the control character U+0007");
    }

    public static BadUpload duplicateRiskId() {
        byte[] csv = SheetFixtures.riskCsv(List.of(SheetFixtures.riskRow("R001"), SheetFixtures.riskRow("R002"),
                SheetFixtures.riskRow("r001")));
        return BadUpload.at("a risk id used twice", RISK_REGISTER, csv, 4, "Risk ID", "Risk ID 'r001' is already used on row 2");
    }

    public static BadUpload unknownLinkedProject() {
        return risk("an unknown linked project", "Linked projects", "P01; P99", "names 'P99', which is not a project in the programme");
    }

    /** Risks with problems on rows 2 and 4, and none on row 3: every one is reported. */
    public static BadUpload problemsOnTwoRows() {
        Map<String, Object> pending = SheetFixtures.riskRow("R003");
        pending.put("Status", "Pending");
        byte[] csv = SheetFixtures.riskCsv(List.of(SheetFixtures.riskWith("Current impact", "High"), SheetFixtures.riskRow("R002"),
                pending));
        return BadUpload.at("problems on two rows", RISK_REGISTER, csv, 4, "Status", "Status must be one of Open, Closed; found 'Pending'");
    }

    // --- returns ---

    public static BadUpload unknownProject() {
        return returns("a return for an unknown project", SheetFixtures.returnRow("P99", "March 2026"), 2, "Project ID",
                "There is no project P99 in the programme");
    }

    /** A return for next month (after {@link #currentMonth()}). */
    public static BadUpload futureMonth() {
        return returns("a return for a future month", SheetFixtures.returnRow("P01", currentMonth().plusMonths(1).toString()), 2,
                "Reporting month", "The reporting month cannot be after the current month");
    }

    public static BadUpload twoReturnsForOneMonth() {
        byte[] csv = SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", "March 2026"),
                SheetFixtures.returnRow("P01", "2026-03")));
        return BadUpload.at("two returns for one project and month", RETURNS, csv, 3, "Project ID",
                "Project P01 already has a return for 2026-03 on row 2");
    }

    /** KPI 1's value written with a % sign; KPI 2 has an id but no value. */
    public static BadUpload kpiValueNotANumber() {
        Map<String, Object> row = SheetFixtures.returnWith("KPI 1 value", "42.5%");
        row.put("KPI 2 id", "K21");
        return returns("a KPI value that is not a number", row, 2, "KPI 1 value", "KPI 1 value must be a number in the KPI's own unit");
    }

    /** KPI 3 is not a KPI of the programme; KPI 2 repeats KPI 1's id. */
    public static BadUpload unknownKpi() {
        Map<String, Object> row = SheetFixtures.returnWith("KPI 3 id", "K99");
        row.put("KPI 2 id", "K21");
        row.put("KPI 2 value", "40");
        row.put("Percent complete", "0");
        return returns("an unknown KPI", row, 2, "KPI 3 id", "There is no KPI K99 in the programme");
    }

    /** Milestone 2 has a name but no dates. */
    public static BadUpload halfFilledMilestone() {
        return returns("a milestone with a name but no dates", SheetFixtures.returnWith("Milestone 2 name", "Training delivered"), 2,
                "Milestone 2 baseline", "Milestone 2 baseline is required");
    }

    /** Risk R001 with one bad value, the problem on row 2 of that column. */
    private static BadUpload risk(String name, String column, Object value, String words) {
        return BadUpload.at(name, RISK_REGISTER, SheetFixtures.riskCsv(List.of(SheetFixtures.riskWith(column, value))), 2, column, words);
    }

    private static BadUpload returns(String name, Map<String, Object> row, int at, String column, String words) {
        return BadUpload.at(name, RETURNS, SheetFixtures.returnsCsv(List.of(row)), at, column, words);
    }
}
