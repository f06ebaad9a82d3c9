package org.sendpmo.adapters.startcheck;

/**
 * Run in a JVM of its own by {@link PackagedStart}: does what the Lambda runtime does at init, creating
 * the handler named by the argument through its no-argument constructor (which builds and starts the
 * function's application context), then closes it. Exit status 0 when it started; otherwise the
 * exception is printed and the status is 1.
 */
public final class StartHandler {

    private StartHandler() {
    }

    public static void main(String[] args) {
        try {
            Object handler = Class.forName(args[0]).getConstructor().newInstance();
            if (handler instanceof AutoCloseable closeable) {
                closeable.close();
            }
            System.out.println("started: " + args[0]);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
