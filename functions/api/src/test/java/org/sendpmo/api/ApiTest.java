package org.sendpmo.api;

import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.project.ProjectDirectory;

/**
 * What every api test class shares: its own H2 database and S3Proxy (each subclass registers its own
 * extension and returns it from {@link #s3()}), the client for the API Gateway v2 proxy test server, and
 * the projects and KPIs the tests submit returns for.
 */
abstract class ApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ProjectDirectory projects;

    @Inject
    org.sendpmo.kpi.KpiStore kpis;

    @Inject
    TestIdentity identity;

    BlockingHttpClient client;

    abstract S3ProxyExtension s3();

    @Override
    public Map<String, String> getProperties() {
        return ApiTestSupport.properties(s3(), getClass());
    }

    @BeforeEach
    void connectAndEnsureProjects() {
        client = http.toBlocking();
        identity.as(ApiTestSupport.OFFICE);
        ApiTestSupport.ensureProjects(projects);
        ApiTestSupport.ensureKpis(kpis);
    }
}
