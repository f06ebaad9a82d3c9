package org.sendpmo.api.office;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.pack.BoardPack;
import org.sendpmo.pack.BoardPackJob;
import org.sendpmo.pack.BoardPackRequests;
import org.sendpmo.pack.CyclePublication;

/**
 * The state of a cycle's PDF board pack as the cycle page and the JSON show it: the final build's, else the current
 * build's; not asked for, being made, made (with its link), failed with the reason, or lost (no answer in
 * {@link BoardPackJob#LOST_AFTER}); and whether the office may ask for it (again).
 */
@Singleton
public class BoardPackView {

    private final BoardPackRequests requests;
    private final SiteConfig site;
    private final Clock clock;

    public BoardPackView(BoardPackRequests requests, SiteConfig site, Clock clock) {
        this.requests = requests;
        this.site = site;
        this.clock = clock;
    }

    /** @param state the cycle's current state: the PDF shown is of its final build, else of its current build */
    public State of(CyclePublication state) {
        Optional<BoardPackJob> job = requests.shown(state);
        if (job.isEmpty()) {
            return new State(state.currentBuildId() == null ? "none" : "not-asked", null, null, state.currentBuildId() != null);
        }
        BoardPackJob j = job.get();
        String word = j.lost(clock.instant()) ? "lost" : j.status().name().toLowerCase(java.util.Locale.ROOT);
        String href = j.status() == BoardPackJob.Status.READY
                ? site.getPackBaseUrl() + "cycles/" + j.cycleId() + "/" + j.buildId() + "/" + BoardPack.PATH : null;
        return new State(word, j, href, j.canAskAgain(clock.instant()));
    }

    /**
     * @param status none (nothing published), not-asked, making, ready, failed or lost
     * @param job    null when not asked for
     * @param href   the PDF's address when ready
     */
    public record State(String status, BoardPackJob job, String href, boolean canAsk) {

        /** The cycle page's model. */
        Map<String, Object> model() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", status);
            m.put("canAsk", canAsk);
            m.put("href", href == null ? "" : href);
            m.put("buildId", job == null ? "" : job.buildId());
            m.put("requestedBy", job == null ? "" : job.requestedBy());
            m.put("requestedAt", job == null ? "" : OfficeFormat.time(job.requestedAt()));
            m.put("finishedAt", job == null ? "" : OfficeFormat.time(job.finishedAt()));
            m.put("message", job == null ? "" : job.message());
            return m;
        }
    }
}
