package org.sendpmo.local;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Command-line options of the local run.
 *
 * @param out   build a pack into this folder for offline reading, then exit
 * @param cycle the cycle to build with {@code --out} (default: the latest cycle with returns)
 * @param empty start without the demo programme, to set one up through the product
 */
public record LocalOptions(Path data, int port, Optional<Path> out, Optional<String> cycle, boolean rebuildDb, boolean help,
                           boolean empty) {

    public static final String USAGE = """
            Usage: java -jar functions/local/target/local.jar [options]
              (no options)        start the product on http://127.0.0.1:8080 with demo data on first start
              --port N            HTTP port (default 8080)
              --data DIR          where H2 and the S3-compatible server keep their files (default ./data)
              --out DIR           build a cycle's pack, with its PDF board pack, into DIR for offline reading, then exit
              --cycle ID          with --out: the cycle to build (default: the latest cycle with returns)
              --empty             start with no programme data (projects, cycles, returns), to set one up in
                                  the product; the demo users still sign in. Only on a new --data folder
              --rebuild-db        record every raw return in the bucket that the database lacks, then exit
              --help              this text
            """;

    public static LocalOptions parse(String[] args) {
        Path data = Path.of("data");
        int port = 8080;
        Path out = null;
        String cycle = null;
        boolean rebuild = false;
        boolean help = false;
        boolean empty = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--port" -> port = port(value(args, ++i, "--port"));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--cycle" -> cycle = value(args, ++i, "--cycle");
                case "--rebuild-db" -> rebuild = true;
                case "--empty" -> empty = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
            }
        }
        return new LocalOptions(data, port, Optional.ofNullable(out), Optional.ofNullable(cycle), rebuild, help, empty);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number from 1 to 65535, not " + text);
        }
    }
}
