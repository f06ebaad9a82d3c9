package org.sendpmo.adapters.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.sendpmo.chase.MailMessage;
import org.sendpmo.chase.MailUnavailable;
import org.sendpmo.chase.Mailer;

/**
 * Writes each message as an RFC 5322 {@code .eml} file (Jakarta Mail's MimeMessage: encoded words for a
 * non-ASCII subject, quoted-printable UTF-8 text) into a folder, for the local run and tests: open one in
 * any mail client. Written to a temporary name and moved, so a reader never sees half a message.
 */
public final class FolderMailer implements Mailer {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private final Path folder;
    private final String from;
    private final Clock clock;
    private final Session session;

    public FolderMailer(Path folder, String from, Clock clock) {
        this.folder = folder;
        this.from = from;
        this.clock = clock;
        Properties properties = new Properties();
        // The Message-ID's domain comes from here rather than a lookup of this machine's host name.
        properties.setProperty("mail.from", from);
        this.session = Session.getInstance(properties);
    }

    @Override
    public String send(MailMessage message) {
        try {
            MimeMessage mime = mime(message);
            Files.createDirectories(folder);
            String name = STAMP.format(clock.instant().atZone(java.time.ZoneOffset.UTC)) + "-" + UUID.randomUUID() + ".eml";
            Path partial = folder.resolve(name + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                mime.writeTo(out);
            }
            Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return mime.getMessageID();
        } catch (IOException | MessagingException e) {
            throw new MailUnavailable("The message could not be written to " + folder + " (" + e.getMessage() + ").", e);
        }
    }

    private MimeMessage mime(MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(from));
        for (String to : message.to()) {
            mime.addRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to));
        }
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8");
        mime.setSentDate(Date.from(clock.instant()));
        mime.saveChanges(); // sets the Message-ID and MIME headers
        return mime;
    }
}
