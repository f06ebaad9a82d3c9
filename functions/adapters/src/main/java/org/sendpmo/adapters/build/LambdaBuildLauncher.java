package org.sendpmo.adapters.build;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.sendpmo.pack.BoardPackJob;
import org.sendpmo.pack.BuildLauncher;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.storage.StorageUnavailable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

/**
 * Starts the pack-builder function asynchronously (invocation type Event): with the queued build's ids, or with
 * a build's ids and the kind {@value #BOARD_PACK} to make its PDF board pack.
 */
@Singleton
@Requires(property = "assurance.build.launcher", value = "lambda")
public class LambdaBuildLauncher implements BuildLauncher {

    /** The request kind that asks the pack-builder for a build's PDF board pack rather than a build. */
    public static final String BOARD_PACK = "board-pack";

    private final LambdaClient lambda;
    private final String functionName;

    public LambdaBuildLauncher(LambdaClient lambda, @Value("${assurance.build.pack-builder-function}") String functionName) {
        this.lambda = lambda;
        this.functionName = functionName;
    }

    @Override
    public void launch(PackBuild queued) {
        invoke(ids(queued.cycleId(), queued.id()) + "}");
    }

    @Override
    public void launchBoardPack(BoardPackJob asked) {
        invoke(ids(asked.cycleId(), asked.buildId()) + ",\"kind\":\"" + BOARD_PACK + "\"}");
    }

    /** Ids are [a-z0-9-] and digits/T/Z only (see BoardCycle and the build ledger), so no JSON escaping is needed. */
    private static String ids(String cycleId, String buildId) {
        return "{\"cycleId\":\"" + cycleId + "\",\"buildId\":\"" + buildId + "\"";
    }

    private void invoke(String payload) {
        try {
            lambda.invoke(InvokeRequest.builder().functionName(functionName).invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromString(payload, StandardCharsets.UTF_8)).build());
        } catch (SdkException e) {
            throw new StorageUnavailable("could not start the pack builder " + functionName + ": " + e.getMessage(), e);
        }
    }
}
