package org.sendpmo.adapters.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code assurance.uploads}: limits for spreadsheet uploads. */
@ConfigurationProperties("assurance.uploads")
public class UploadConfig {

    private long maxBytes = 10L * 1024 * 1024;
    private long formMaxBytes = 4L * 1024 * 1024;
    private Duration presignValidity = Duration.ofMinutes(15);

    public long getMaxBytes() {
        return maxBytes;
    }

    public void setMaxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The largest file the no-script form post takes (API Gateway's payload limit, with base64, is the reason). */
    public long getFormMaxBytes() {
        return formMaxBytes;
    }

    public void setFormMaxBytes(long formMaxBytes) {
        this.formMaxBytes = formMaxBytes;
    }

    public Duration getPresignValidity() {
        return presignValidity;
    }

    public void setPresignValidity(Duration presignValidity) {
        this.presignValidity = presignValidity;
    }
}
