package org.sendpmo.adapters.startcheck;

import org.slf4j.LoggerFactory;

/**
 * Run in a JVM of its own by {@link PackagedStart}: does what the Lambda runtime does at init, creating
 * the handler named by the argument through its no-argument constructor (which builds and starts the
 * function's application context), then closes it, and logs that it started through SLF4J (so the start
 * check also sees that the jar logs, as {@code ProductLogging} sets it up). Exit status 0 when it started;
 * otherwise the exception is printed and the status is 1.
 */
public final class StartHandler {

    static final String STARTED = "started";

    private StartHandler() {
    }

    public static void main(String[] args) {
        try {
            Object handler = Class.forName(args[0]).getConstructor().newInstance();
            if (handler instanceof AutoCloseable closeable) {
                closeable.close();
            }
            LoggerFactory.getLogger(StartHandler.class).info("{}: {}", STARTED, args[0]);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
