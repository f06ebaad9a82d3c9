package org.sendpmo.adapters.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.net.URI;

/**
 * {@code assurance.mail}: how chases are sent. {@code sender: folder} (the default) writes each message as
 * an {@code .eml} file into {@code folder}; {@code sender: ses} sends it with Amazon SES (API v2) from
 * {@code from}, in {@code ses.region}, through {@code ses.endpoint} when set (a local SES server), with
 * {@code ses.access-key}/{@code ses.secret-key} only for such a server (AWS uses the function's role).
 */
@ConfigurationProperties("assurance.mail")
public class MailConfig {

    private String sender = "folder";
    private String folder = "outbox";
    private String from = "send-programme-office@example.org";
    private Ses ses = new Ses();

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public Ses getSes() {
        return ses;
    }

    public void setSes(Ses ses) {
        this.ses = ses;
    }

    @ConfigurationProperties("ses")
    public static class Ses {
        private String region = "eu-west-2";
        private URI endpoint;
        private String accessKey;
        private String secretKey;

        public String getRegion() {
            return region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public URI getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(URI endpoint) {
            this.endpoint = endpoint;
        }

        public String getAccessKey() {
            return accessKey;
        }

        public void setAccessKey(String accessKey) {
            this.accessKey = accessKey;
        }

        public String getSecretKey() {
            return secretKey;
        }

        public void setSecretKey(String secretKey) {
            this.secretKey = secretKey;
        }
    }
}
