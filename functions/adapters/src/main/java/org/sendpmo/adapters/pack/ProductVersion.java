package org.sendpmo.adapters.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The product's version, as Maven built it: {@code org/sendpmo/product.properties} is a filtered resource
 * of this module holding {@code ${project.version}}, so every jar (and the shaded Lambda packages) carries
 * the version of the build that made it.
 */
public final class ProductVersion {

    static final String RESOURCE = "/org/sendpmo/product.properties";

    private ProductVersion() {
    }

    public static String current() {
        try (InputStream in = ProductVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: build the adapters module with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            if (version.isEmpty() || version.contains("${")) {
                throw new IllegalStateException(RESOURCE + " holds no filtered version: " + version);
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
