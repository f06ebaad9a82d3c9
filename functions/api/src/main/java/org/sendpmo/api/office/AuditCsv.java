package org.sendpmo.api.office;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sendpmo.adapters.sheets.CsvSafe;
import org.sendpmo.audit.AuditEntry;

/**
 * The audit log as CSV, UTF-8 with a byte-order mark for Excel. Every text cell is neutralised against
 * formula injection: a subject or detail can hold what a person typed.
 */
final class AuditCsv {

    static final String[] HEADER = {"When (UTC)", "Who", "What", "Action code", "Subject", "Raw object or build", "Detail"};

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (AuditEntry e : entries) {
                csv.printRecord(e.at().toString(), CsvSafe.neutralise(e.actor()), e.action().label(), e.action().name(),
                        CsvSafe.neutralise(e.subject()), CsvSafe.neutralise(e.reference() == null ? "" : e.reference()),
                        CsvSafe.neutralise(e.detail() == null ? "" : e.detail()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
