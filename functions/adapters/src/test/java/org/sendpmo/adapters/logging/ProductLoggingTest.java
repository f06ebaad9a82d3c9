package org.sendpmo.adapters.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The functions' logging as logback.xml had it: the same line format, the same levels, and XML still wins. */
class ProductLoggingTest {

    @Test
    void writesOneLineAnEventInTheFormatLogbackXmlHad() {
        LoggerContext context = new LoggerContext();
        ProductLogging.applyTo(context);
        Logger logger = context.getLogger("org.sendpmo.adapters.s3.S3ReturnArchive");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, "stored {}", null,
                new Object[] {"P01"});

        String line = new String(stdout(context).getEncoder().encode(event), StandardCharsets.UTF_8);

        assertTrue(line.matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO  o\\.s\\.adapters\\.s3\\.S3ReturnArchive - stored P01\\R"),
                line);
    }

    @Test
    void theProductSaysInfoAndEverythingElseOnlyWarnings() {
        LoggerContext context = new LoggerContext();
        ProductLogging.applyTo(context);

        assertTrue(context.getLogger("org.sendpmo.api.Anything").isInfoEnabled());
        assertFalse(context.getLogger("org.sendpmo.api.Anything").isDebugEnabled());
        for (String library : new String[] {"software.amazon.awssdk.core", "org.apache.http.wire", "com.zaxxer.hikari.pool",
                "org.flywaydb.core", "io.micronaut.context"}) {
            assertFalse(context.getLogger(library).isInfoEnabled(), library);
            assertTrue(context.getLogger(library).isWarnEnabled(), library);
        }
    }

    @Test
    void stepsAsideForAnXmlFileOnTheClassPath() {
        // this module's tests carry logback-test.xml
        ProductLogging configurator = new ProductLogging(getClass().getClassLoader());
        LoggerContext context = new LoggerContext();
        configurator.setContext(context);

        assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, configurator.configure(context));
        assertNull(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(ProductLogging.APPENDER_NAME),
                "configured although an XML file was there");
    }

    @Test
    void configuresAndStopsLogbackLookingFurtherWithoutOne() {
        ProductLogging configurator = new ProductLogging(new URLClassLoader(new URL[0], null));
        LoggerContext context = new LoggerContext();
        configurator.setContext(context);

        assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configurator.configure(context));
        assertTrue(stdout(context).isStarted());
        assertEquals(Level.WARN, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
    }

    private static ConsoleAppender<ILoggingEvent> stdout(LoggerContext context) {
        return (ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(ProductLogging.APPENDER_NAME);
    }
}
