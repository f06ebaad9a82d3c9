package org.sendpmo.api.uploads;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadArchive;
import org.sendpmo.uploads.UploadProblem;

/** The JSON shapes of the uploads API. */
final class UploadJson {

    private UploadJson() {
    }

    /** What the page's script sends before it PUTs the file. */
    @Serdeable
    record StartRequest(@Nullable String kind, @Nullable String fileName, long sizeBytes, @Nullable String sha256,
                        boolean dryRun) {
    }

    /** Where to PUT the file, and the headers that are part of its signature. */
    @Serdeable
    record Put(URI url, Map<String, String> headers, Instant expiresAt) {
        static Put of(UploadArchive.PresignedPut put) {
            return new Put(put.url(), put.headers(), put.expiresAt());
        }
    }

    /**
     * @param put       null when the file is already stored (these exact bytes were uploaded before)
     * @param sentUrl   POST here once the PUT has finished
     * @param statusUrl the upload's result page
     */
    @Serdeable
    record Started(UploadView upload, @Nullable Put put, boolean alreadyUploaded, String sentUrl, String statusUrl) {
    }

    @Serdeable
    record Message(String message) {
    }

    @Serdeable
    record ProblemView(String sheet, int row, String column, String value, String message) {
        static ProblemView of(UploadProblem p) {
            return new ProblemView(p.sheet(), p.row(), p.column(), p.value(), p.message());
        }
    }

    /** An upload and, once read, its outcome. */
    @Serdeable
    record UploadView(String id, String kind, boolean dryRun, String fileName, long sizeBytes, Instant requestedAt,
                      String state, @Nullable Instant processedAt, int rowsRead, int recorded, int unchanged,
                      List<ProblemView> problems) {
        static UploadView of(Upload u) {
            return new UploadView(u.id(), u.kind().slug(), u.dryRun(), u.fileName(), u.sizeBytes(), u.requestedAt(),
                    u.state().name(), u.result().map(o -> o.processedAt()).orElse(null),
                    u.result().map(o -> o.rowsRead()).orElse(0), u.result().map(o -> o.recorded()).orElse(0),
                    u.result().map(o -> o.unchanged()).orElse(0),
                    u.result().map(o -> o.problems().stream().map(ProblemView::of).toList()).orElse(List.of()));
        }
    }
}
