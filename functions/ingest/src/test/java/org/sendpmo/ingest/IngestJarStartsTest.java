package org.sendpmo.ingest;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendpmo.adapters.startcheck.PackagedStart;

/** The ingest handler starts from what its Lambda jar carries, with the configuration infra gives it (Functions.java). */
class IngestJarStartsTest {

    @Test
    void theHandlerStartsFromTheJarsClassPath() throws Exception {
        PackagedStart.assertStarts(IngestHandler.class.getName(), Map.of());
    }
}
