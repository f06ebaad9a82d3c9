package org.sendpmo.api.snapshot;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventHandler;
import jakarta.inject.Provider;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart's priming hook (Lambda runs {@code org.crac} resources before it snapshots a published
 * version, and after each restore). Before the snapshot it handles a synthetic request through the real
 * v2 handler, so that the request path's classes are loaded and run once, and then closes the pool's
 * database connections, which a restored instance would otherwise find dead; after a restore the pool
 * opens connections again. Without a CRaC JVM (locally, in tests) nothing calls it.
 */
@Context
// only behind the Lambda handler: the local run serves the same controllers from Netty without it
@Requires(classes = APIGatewayV2HTTPEventHandler.class)
public class SnapshotPriming implements Resource {

    /** A page every visitor may open: templates, security and CSRF filters, no database write. */
    static final String PRIMING_PATH = "/sign-in";

    private final Provider<APIGatewayV2HTTPEventHandler> handler;
    private final HikariDataSource pool;
    private int minimumIdle;
    private int primedStatus;

    public SnapshotPriming(Provider<APIGatewayV2HTTPEventHandler> handler, DataSource dataSource) throws SQLException {
        this.handler = handler;
        this.pool = dataSource.unwrap(HikariDataSource.class);
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        APIGatewayV2HTTPResponse response = handler.get().exchange(syntheticGet(), new APIGatewayV2HTTPResponse())
                .getResponse().getNativeResponse();
        primedStatus = response.getStatusCode();
        // no idle connection kept, so none is refilled behind the eviction
        minimumIdle = pool.getHikariConfigMXBean().getMinimumIdle();
        pool.getHikariConfigMXBean().setMinimumIdle(0);
        pool.getHikariPoolMXBean().softEvictConnections();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        pool.getHikariConfigMXBean().setMinimumIdle(minimumIdle);
    }

    /** The status the priming request was answered with (0 before any checkpoint). */
    public int primedStatus() {
        return primedStatus;
    }

    private static APIGatewayV2HTTPEvent syntheticGet() {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath(PRIMING_PATH).withRawQueryString("")
                .withHeaders(Map.of("user-agent", "snapshot-priming")).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath(PRIMING_PATH).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .withStage("$default").withRequestId("snapshot-priming").build())
                .build();
    }
}
