package org.sendpmo.api.office;

import io.micronaut.security.annotation.Secured;
import org.sendpmo.api.access.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.io.ByteArrayOutputStream;
import org.sendpmo.adapters.s3.S3PackZip;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import org.sendpmo.pack.CyclePublication;
import org.sendpmo.pack.PackFinality;
import org.sendpmo.storage.StorageUnavailable;

/**
 * A cycle's pack as a zip for board papers: the final build when the pack is final (which is then also the
 * current one), else the current build. The zip is made in memory: through the API Gateway proxy a response
 * is buffered whole anyway (and Lambda's is limited to 6 MB), and a pack is a couple of megabytes.
 */
@Controller("/office/cycles")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
public class PackZipController {

    private final PackFinality finality;
    private final S3PackZip zips;
    private final MessagePage messages;

    public PackZipController(PackFinality finality, S3PackZip zips, MessagePage messages) {
        this.finality = finality;
        this.zips = zips;
        this.messages = messages;
    }

    @Get("/{cycleId}/pack.zip")
    public HttpResponse<?> zip(@PathVariable String cycleId) {
        CyclePublication state = finality.read(cycleId).orElse(null);
        if (state == null || state.currentBuildId() == null) {
            return Html.page(HttpStatus.NOT_FOUND, messages.render("No pack to download", state == null
                    ? "There is no board cycle '" + cycleId + "'."
                    : "Cycle " + cycleId + " has no published pack yet. Build it first from the cycle's page."));
        }
        String buildId = state.isFinal() ? state.finalMark().buildId() : state.currentBuildId();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            zips.write(cycleId, buildId, cycleId, out);
        } catch (IllegalStateException | StorageUnavailable e) {
            // A pack whose files are not all in the bucket, or a bucket that did not answer: say so, not a bare 500.
            return Html.page(HttpStatus.SERVICE_UNAVAILABLE, messages.render("The pack could not be zipped", e.getMessage()
                    + ". Try again in a minute; if it keeps failing, build the pack again."));
        }
        String name = cycleId + "-assurance-pack-" + (state.isFinal() ? "final-" : "") + buildId + ".zip";
        return HttpResponse.ok(out.toByteArray()).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
