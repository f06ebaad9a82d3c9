package org.sendpmo.ingest;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import org.sendpmo.returns.ReturnIntake;
import org.sendpmo.uploads.UploadProcessor;

/**
 * Rebuilds the database from the raw bucket: records every return object the database lacks, then
 * reads every spreadsheet upload it lacks (risk registers, and the outcomes of every upload), each in
 * the order they were received. Idempotent. Runs with the same configuration as the ingest function:
 * <pre>java -cp functions/ingest/target/ingest-lambda.jar org.sendpmo.ingest.RebuildDatabase</pre>
 * with DATASOURCES_DEFAULT_* and ASSURANCE_STORAGE_* set for the target environment. The project
 * registry must be loaded first: the bucket holds returns, not reference data. Registry files in the bucket are read
 * only with a user directory (ASSURANCE_COGNITO_USER_POOL_ID set, and credentials that may list the pool).
 */
public final class RebuildDatabase {

    private RebuildDatabase() {
    }

    public static void main(String[] args) {
        try (ApplicationContext context = ApplicationContext.run()) {
            ReturnIntake.RebuildReport report = run(context.getBean(ReturnIntake.class), context.getBean(UploadProcessor.class),
                    System.out);
            if (!report.unusable().isEmpty()) {
                System.exit(1);
            }
        }
    }

    /** @return the report, also printed: counts, then one line per object that could not be recorded */
    public static ReturnIntake.RebuildReport run(ReturnIntake intake, UploadProcessor uploads, PrintStream out) {
        ReturnIntake.RebuildReport report = intake.rebuildFromArchive();
        out.printf("Raw bucket: %d return objects; %d recorded now, %d already recorded, %d unusable%n",
                report.objects(), report.recorded(), report.alreadyRecorded(), report.unusable().size());
        report.unusable().forEach(u -> out.println("  unusable " + u.key() + ": " + u.problems()));
        UploadProcessor.RebuildReport read = uploads.rebuild();
        out.printf("Raw bucket: %d spreadsheet uploads; %d read now, %d already read%n", read.objects(), read.readNow(),
                read.alreadyRead());
        if (read.leftUnread() > 0) {
            out.printf("  %d project registry files left unread: with no user pool configured (ASSURANCE_COGNITO_USER_POOL_ID)"
                    + " their leads cannot be checked; run again with it, or open each one's status page in the product%n",
                    read.leftUnread());
        }
        return report;
    }
}
