package org.sendpmo.adapters;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the tests that run an npm-installed AWS stand-in (aws-ses-v2-local, cognito-local) as a child
 * process share: whether node is there, a free loopback port, and stopping the process.
 */
public final class NodeServers {

    private NodeServers() {
    }

    public static boolean onPath(String command) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Closes the client, then stops the server and waits for it (either may be null: the test skipped). */
    public static void stop(AutoCloseable client, Process server) throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }
}
