package org.sendpmo.api.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleDraft;
import org.sendpmo.pack.CyclePublication;
import org.sendpmo.returns.Problem;

/** The JSON shapes of board cycles: what scripts send and what they are answered. Dates are ISO (2026-12-16). */
public final class CycleJson {

    private CycleJson() {
    }

    /** A cycle to create or change; empty or absent due date and cut-off take the rules' defaults. */
    @Serdeable
    public record CycleRequest(@Nullable String board, @Nullable String meetingDate, @Nullable String reportingMonth,
                        @Nullable String returnsDue, @Nullable String cutOff) {
        CycleDraft toDraft() {
            return new CycleDraft(board, meetingDate, reportingMonth, returnsDue, cutOff);
        }
    }

    /**
     * @param board     the board's display name now (the programme office's list, or the board's title)
     * @param boardCode its {@link Board} code, which never changes
     */
    @Serdeable
    public record Cycle(String id, String board, String boardCode, String meetingDate, String reportingMonth,
                 @Nullable String returnsDue, String cutOff) {
        static Cycle of(BoardCycle c) {
            return new Cycle(c.id(), c.board(), c.boardCode().name(), c.meetingDate().toString(),
                    c.reportingMonth().toString(), c.returnsDue() == null ? null : c.returnsDue().toString(), c.cutOff().toString());
        }
    }

    @Serdeable
    public record FinalMark(String buildId, String by, String at) {
    }

    @Serdeable
    public record Reopening(String buildId, String finalBy, String finalAt, String reopenedBy, String reopenedAt, String reason) {
    }

    /**
     * The PDF board pack of the final build (else the current one), as the cycle page shows it.
     *
     * @param status NOT_ASKED, MAKING, READY, FAILED, or LOST (being made for longer than the pack-builder can run)
     * @param message its size when READY, the reason when FAILED
     * @param href   where it is when READY
     * @param canAskAgain whether POST /api/cycles/{id}/board-pack would start it
     */
    @Serdeable
    public record BoardPackState(@Nullable String buildId, String status, @Nullable String requestedBy, @Nullable String requestedAt,
                                 @Nullable String finishedAt, @Nullable String message, @Nullable String href, boolean canAskAgain) {
        static BoardPackState of(BoardPackView.State s) {
            String status = s.status().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            if (s.job() == null) {
                return new BoardPackState(null, status, null, null, null, null, null, s.canAsk());
            }
            return new BoardPackState(s.job().buildId(), status, s.job().requestedBy(), s.job().requestedAt().toString(),
                    s.job().finishedAt() == null ? null : s.job().finishedAt().toString(), s.job().message(), s.href(), s.canAsk());
        }
    }

    /**
     * A cycle with its pack's state, its PDF board pack's (null before any build), its builds (newest first) and how
     * many projects have not returned yet.
     */
    @Serdeable
    public record CycleDetail(Cycle cycle, @Nullable String currentBuildId, @Nullable FinalMark finalBuild,
                       @Nullable BoardPackState boardPack, List<Reopening> reopenings,
                       List<BuildApiController.BuildJson> builds, int outstandingReturns) {
        static CycleDetail of(BoardCycle c, CyclePublication p, BoardPackView.State pdf, List<BuildApiController.BuildJson> builds,
                              int outstanding) {
            FinalMark mark = p.isFinal()
                    ? new FinalMark(p.finalMark().buildId(), p.finalMark().by(), p.finalMark().at().toString()) : null;
            List<Reopening> reopenings = p.reopenings().stream().map(r -> new Reopening(r.buildId(), r.finalBy(),
                    r.finalAt().toString(), r.reopenedBy(), r.reopenedAt().toString(), r.reason())).toList();
            return new CycleDetail(Cycle.of(c), p.currentBuildId(), mark, p.currentBuildId() == null ? null : BoardPackState.of(pdf),
                    reopenings, builds, outstanding);
        }
    }

    @Serdeable
    public record ProblemJson(String field, String value, String message) {
        static ProblemJson of(Problem p) {
            return new ProblemJson(p.field(), p.value(), p.message());
        }
    }

    /** A refusal or rejection: the message, and each problem on its field when the input was at fault. */
    @Serdeable
    public record Error(String message, List<ProblemJson> problems) {
        static Error of(String message) {
            return new Error(message, List.of());
        }

        static Error rejected(List<Problem> problems) {
            return new Error("The cycle has " + problems.size() + " problem(s); nothing was stored",
                    problems.stream().map(ProblemJson::of).toList());
        }
    }

    @Serdeable
    public record FinalRequest(@Nullable String buildId) {
    }

    @Serdeable
    public record ReopenRequest(@Nullable String reason) {
    }
}
