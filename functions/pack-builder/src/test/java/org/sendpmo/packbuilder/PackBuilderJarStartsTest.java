package org.sendpmo.packbuilder;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendpmo.adapters.startcheck.PackagedStart;

/** The pack-builder's handler starts from what its Lambda jar carries, with the configuration infra gives it (Functions.java). */
class PackBuilderJarStartsTest {

    @Test
    void theHandlerStartsFromTheJarsClassPath() throws Exception {
        Map<String, String> env = new HashMap<>(PackagedStart.mailToLeadsEnvironment());
        env.put("ASSURANCE_SCHEDULE_BUILD_DAYS_BEFORE_MEETING", "5");
        PackagedStart.assertStarts(PackBuilderHandler.class.getName(), env);
    }
}
