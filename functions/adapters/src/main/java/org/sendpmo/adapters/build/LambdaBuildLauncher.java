package org.sendpmo.adapters.build;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.sendpmo.pack.BuildLauncher;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.storage.StorageUnavailable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

/** Starts the pack-builder function asynchronously (invocation type Event) with the queued build's ids. */
@Singleton
@Requires(property = "assurance.build.launcher", value = "lambda")
public class LambdaBuildLauncher implements BuildLauncher {

    private final LambdaClient lambda;
    private final String functionName;

    public LambdaBuildLauncher(LambdaClient lambda, @Value("${assurance.build.pack-builder-function}") String functionName) {
        this.lambda = lambda;
        this.functionName = functionName;
    }

    @Override
    public void launch(PackBuild queued) {
        // Ids are [a-z0-9-] and digits/T/Z only (see BoardCycle and the build ledger), so no JSON escaping is needed.
        String payload = "{\"cycleId\":\"" + queued.cycleId() + "\",\"buildId\":\"" + queued.id() + "\"}";
        try {
            lambda.invoke(InvokeRequest.builder().functionName(functionName).invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromString(payload, StandardCharsets.UTF_8)).build());
        } catch (SdkException e) {
            throw new StorageUnavailable("could not start the pack builder " + functionName + ": " + e.getMessage(), e);
        }
    }
}
