package org.airlock.generator;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * E-mail messages (.eml) as a press office might post them in a news archive: a short covering
 * note with a workbook attached, either the ICE-style workbook of detainees or the harmless
 * aggregate (the clean twin).
 */
public final class MailMessages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MailMessages() {
    }

    /** A covering note with the ICE-style workbook of {@code persons} detainees attached (sheet visible). */
    public static Path withDetaineeWorkbook(Path out, int persons, long seed) {
        return message(out, "Updated detention statistics", "Please find attached the updated detention statistics for the web page.",
                "detention-statistics.xlsx", workbook(w -> LeakWorkbooks.iceStyle(w, persons, SheetState.VISIBLE, seed)));
    }

    /** The clean twin: the same note with the aggregate statistics attached. */
    public static Path withAggregateWorkbook(Path out, long seed) {
        return message(out, "Updated detention statistics", "Please find attached the updated detention statistics for the web page.",
                "detention-statistics.xlsx", workbook(w -> LeakWorkbooks.aggregateByNationality(w, seed)));
    }

    private static byte[] workbook(java.util.function.Function<Path, Path> writer) {
        try {
            Path dir = Files.createTempDirectory("airlock-mail-");
            try {
                Path file = writer.apply(dir.resolve("w.xlsx"));
                byte[] bytes = Files.readAllBytes(file);
                Files.delete(file);
                return bytes;
            } finally {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path message(Path out, String subject, String body, String attachmentName, byte[] attachment) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress("statistics-unit@agency.example", "Statistics Unit"));
            message.setRecipients(jakarta.mail.Message.RecipientType.TO, "web-team@agency.example");
            message.setSubject(subject);
            message.setSentDate(Date.from(Instant.parse("2023-10-02T09:45:00Z")));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, XLSX)));
            file.setFileName(attachmentName);
            file.setDisposition(jakarta.mail.Part.ATTACHMENT);
            MimeMultipart multipart = new MimeMultipart();
            multipart.addBodyPart(text);
            multipart.addBodyPart(file);
            message.setContent(multipart);
            message.saveChanges();
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream stream = Files.newOutputStream(out)) {
                message.writeTo(stream);
            }
            return out;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot write the message", e);
        }
    }
}
