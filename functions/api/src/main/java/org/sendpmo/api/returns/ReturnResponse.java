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
 */
@Serdeable
public record ReturnResponse(String status, @Nullable String reference, @Nullable String key, @Nullable Integer version,
                             @Nullable String receivedAt, List<ProblemJson> problems, @Nullable String message) {

    @Serdeable
    public record ProblemJson(String field, String value, String message) {
        static ProblemJson of(Problem p) {
            return new ProblemJson(p.field(), p.value(), p.message());
        }
    }

    static ReturnResponse recorded(String status, RecordedReturn r) {
        return new ReturnResponse(status, r.reference(), r.rawKey().value(), r.version(), r.receivedAt().toString(),
                List.of(), null);
    }

    static ReturnResponse rejected(List<Problem> problems) {
        return new ReturnResponse("rejected", null, null, null, null, problems.stream().map(ProblemJson::of).toList(),
                "The return has " + problems.size() + " problem(s); nothing was stored");
    }

    static ReturnResponse notStored(String reason) {
        return new ReturnResponse("not-stored", null, null, null, null, List.of(),
                "Nothing was stored (" + reason + "): retry the request");
    }

    static ReturnResponse notAllowed(String message) {
        return new ReturnResponse("not-allowed", null, null, null, null, List.of(), message);
    }
}
