package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.api.snapshot.SnapshotPriming;

/**
 * SnapStart's priming hook, called as Lambda would call it around a snapshot (no CRaC JVM here, so no
 * real snapshot): before it, a request is handled and no database connection is left open; after a
 * restore the pool serves again.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotPrimingTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    SnapshotPriming priming;

    @Inject
    DataSource dataSource;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void primesTheRequestPathAndLeavesNoConnectionForTheSnapshot() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertEquals(200, client.exchange(HttpRequest.GET("/returns/new"), String.class).code());
        assertEquals(true, pool.getHikariPoolMXBean().getTotalConnections() > 0, "the pool holds connections before");

        priming.beforeCheckpoint(null);

        assertEquals(200, priming.primedStatus(), "the synthetic sign-in page request");
        assertEquals(0, openConnectionsAfterSettling(pool), "connections a restored snapshot would find dead");

        priming.afterRestore(null);

        assertEquals(200, client.exchange(HttpRequest.GET("/returns/new"), String.class).code());
        try (var connection = pool.getConnection()) {
            assertEquals(true, connection.isValid(1));
        }
    }

    /** Hikari closes evicted connections on a thread of its own. */
    private static int openConnectionsAfterSettling(HikariDataSource pool) throws InterruptedException {
        for (int i = 0; i < 50 && pool.getHikariPoolMXBean().getTotalConnections() > 0; i++) {
            Thread.sleep(100);
        }
        return pool.getHikariPoolMXBean().getTotalConnections();
    }
}
