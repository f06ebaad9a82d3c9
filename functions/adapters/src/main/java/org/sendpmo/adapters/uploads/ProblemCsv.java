package org.sendpmo.adapters.uploads;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sendpmo.adapters.sheets.CsvSafe;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadProblem;

/**
 * An upload's problems as CSV, to work through in Excel beside the file. Every text cell is
 * neutralised: a value found in the upload (say "=HYPERLINK(…)") is shown, never run as a formula.
 * A byte-order mark first, so Excel reads it as UTF-8.
 */
public final class ProblemCsv {

    static final String[] HEADER = {"Sheet", "Row", "Column", "Value found", "What is wrong"};

    private ProblemCsv() {
    }

    public static String of(Upload upload) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (UploadProblem p : upload.result().map(o -> o.problems()).orElse(java.util.List.of())) {
                csv.printRecord(CsvSafe.neutralise(p.sheet()), p.row() == 0 ? "whole file" : String.valueOf(p.row()),
                        CsvSafe.neutralise(p.column()), CsvSafe.neutralise(p.value()), CsvSafe.neutralise(p.message()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
