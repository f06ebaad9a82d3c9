package org.sendpmo.api.returns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.sendpmo.returns.Problem;
import org.sendpmo.returns.RecordedReturn;

/**
 * The JSON answer to a submission.
 *
 * @param status accepted, duplicate, rejected or not-stored
 * @param receiptEmailed for a submission that was stored (accepted or duplicate): whether a receipt was emailed
 *        this time (a duplicate gets none, a failed or address-less email is false); absent otherwise
 */
@Serdeable
public record ReturnResponse(String status, @Nullable String reference, @Nullable String key, @Nullable Integer version,
                             @Nullable String receivedAt, List<ProblemJson> problems, @Nullable String message,
                             @Nullable Boolean receiptEmailed) {

    /** @param emailed what {@link AfterSubmission#submitted} said became of the receipt */
    ReturnResponse withReceipt(String emailed) {
        return new ReturnResponse(status, reference, key, version, receivedAt, problems, message, "sent".equals(emailed));
    }

    @Serdeable
    public record ProblemJson(String field, String value, String message) {
        static ProblemJson of(Problem p) {
            return new ProblemJson(p.field(), p.value(), p.message());
        }
    }

    static ReturnResponse recorded(String status, RecordedReturn r) {
        return new ReturnResponse(status, r.reference(), r.rawKey().value(), r.version(), r.receivedAt().toString(),
                List.of(), null, null);
    }

    static ReturnResponse rejected(List<Problem> problems) {
        return new ReturnResponse("rejected", null, null, null, null, problems.stream().map(ProblemJson::of).toList(),
                "The return has " + problems.size() + " problem(s); nothing was stored", null);
    }

    static ReturnResponse notStored(String reason) {
        return new ReturnResponse("not-stored", null, null, null, null, List.of(),
                "Nothing was stored (" + reason + "): retry the request", null);
    }

    static ReturnResponse notAllowed(String message) {
        return new ReturnResponse("not-allowed", null, null, null, null, List.of(), message, null);
    }
}
