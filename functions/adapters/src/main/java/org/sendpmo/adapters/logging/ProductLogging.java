package org.sendpmo.adapters.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * Every function's logging, set up in code: one plain-text line per event on standard output (CloudWatch
 * in Lambda), INFO for the product and WARN for the chatty libraries and everything else.
 *
 * <p>Why not {@code logback.xml}: reading it loads logback's XML configurator, Joran, about 350 classes
 * at every cold start (README "Cold start"). Logback finds this class through
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator} before it looks for any file.
 *
 * <p>An XML configuration still wins when there is one: a {@code logback-test.xml} or {@code logback.xml}
 * on the class path (the tests' own), or {@code -Dlogback.configurationFile}. Then this steps aside and
 * logback reads the file as it always did.
 */
public class ProductLogging extends ContextAwareBase implements Configurator {

    /** The line format the functions have always written (it was logback.xml's). */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

    /** Logger levels below the root's WARN: the product's own INFO lines. */
    static final Map<String, Level> LEVELS = Map.of(
            "org.sendpmo", Level.INFO,
            "software.amazon.awssdk", Level.WARN,
            "org.apache.http", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.flywaydb", Level.WARN);

    static final Level ROOT_LEVEL = Level.WARN;

    private static final String CONFIGURATION_FILE_PROPERTY = "logback.configurationFile";
    private static final String[] CONFIGURATION_FILES = {"logback-test.xml", "logback.xml"};

    private final ClassLoader classPath;

    /** As logback's service loading makes it: looks for XML files where this class was loaded from. */
    public ProductLogging() {
        this.classPath = ProductLogging.class.getClassLoader();
    }

    /** Looks for XML files on {@code classPath} instead (for tests). */
    ProductLogging(ClassLoader classPath) {
        this.classPath = classPath;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (anXmlConfigurationIsGiven()) {
            addInfo("An XML configuration is given: leaving it to logback's own configurator");
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        applyTo(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The console appender on the root logger, and the levels. */
    static void applyTo(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(ROOT_LEVEL);
        root.addAppender(console(context));
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    boolean anXmlConfigurationIsGiven() {
        if (System.getProperty(CONFIGURATION_FILE_PROPERTY) != null) {
            return true;
        }
        for (String file : CONFIGURATION_FILES) {
            if (classPath.getResource(file) != null) {
                return true;
            }
        }
        return false;
    }

    static final String APPENDER_NAME = "STDOUT";

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName(APPENDER_NAME);
        console.setEncoder(encoder);
        console.start();
        return console;
    }
}
