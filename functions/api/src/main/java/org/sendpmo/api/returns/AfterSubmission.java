package org.sendpmo.api.returns;

import jakarta.inject.Singleton;
import java.time.Clock;
import org.sendpmo.access.Actor;
import org.sendpmo.lead.DraftService;
import org.sendpmo.lead.Receipts;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.storage.StorageUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What follows a stored return, each step after the return's own transaction has committed, so neither can
 * undo it: the person's draft for the project and month is removed, and the receipt is emailed.
 */
@Singleton
public class AfterSubmission {

    private static final Logger LOG = LoggerFactory.getLogger(AfterSubmission.class);

    private final DraftService drafts;
    private final Receipts receipts;
    private final ProjectDirectory projects;
    private final Clock clock;

    public AfterSubmission(DraftService drafts, Receipts receipts, ProjectDirectory projects, Clock clock) {
        this.drafts = drafts;
        this.receipts = receipts;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * @param newVersion whether a new version was stored (a duplicate gets no second receipt)
     * @return what became of the receipt email: "sent", "failed" or "none"
     */
    public String submitted(Actor actor, RecordedReturn recorded, boolean newVersion) {
        String projectId = recorded.content().projectId();
        try {
            drafts.submitted(actor, projectId, recorded.content().reportingMonth(), clock.instant());
        } catch (StorageUnavailable e) {
            // the return is in; a draft left behind is replaced or removed by the next save or submission
            LOG.warn("Return {} stored but its draft not removed: {}", recorded.reference(), e.getMessage());
        }
        if (!newVersion) {
            return "none";
        }
        Receipts.Emailed emailed = receipts.send(actor, projects.find(projectId).orElseThrow(), recorded);
        if (emailed == Receipts.Emailed.FAILED) {
            LOG.warn("Receipt for return {} could not be emailed to {}", recorded.reference(), actor.username());
        }
        return switch (emailed) {
            case SENT -> "sent";
            case FAILED -> "failed";
            case NO_ADDRESS -> "none";
        };
    }
}
