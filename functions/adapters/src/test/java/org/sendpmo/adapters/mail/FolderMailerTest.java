package org.sendpmo.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendpmo.chase.MailMessage;

/** A message written as an .eml file reads back with the same recipients, subject (non-ASCII too) and body. */
class FolderMailerTest {

    @TempDir
    Path folder;

    @Test
    void aMessageIsOneEmlFileThatAMailLibraryReadsBackWhole() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
        MailMessage message = new MailMessage(List.of("sam.okafor@example.org", "jo.reid@example.org"),
                "Return for P07 Café à l'école (November 2026) not yet received", "Dear Sam,\n\nLine two – £5.\n");
        String id = new FolderMailer(folder.resolve("outbox"), "office@example.org", clock).send(message);

        List<Path> files;
        try (Stream<Path> listed = Files.list(folder.resolve("outbox"))) {
            files = listed.toList();
        }
        assertEquals(1, files.size(), files.toString());
        assertTrue(files.get(0).getFileName().toString().matches("20261202T100000-.*\\.eml"), files.toString());
        String raw = Files.readString(files.get(0), java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(raw.contains("Subject: =?UTF-8?"), "a non-ASCII subject is an RFC 2047 encoded word: " + raw);

        MimeMessage read;
        try (InputStream in = Files.newInputStream(files.get(0))) {
            read = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertEquals(id, read.getMessageID());
        assertEquals(message.subject(), read.getSubject());
        assertEquals("office@example.org", read.getFrom()[0].toString());
        assertArrayEquals(new String[] {"sam.okafor@example.org", "jo.reid@example.org"},
                Stream.of(read.getRecipients(Message.RecipientType.TO)).map(Object::toString).toArray());
        assertEquals(message.body(), read.getContent().toString().replace("\r\n", "\n"));
    }
}
