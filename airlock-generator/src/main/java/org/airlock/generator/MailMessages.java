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

    /**
     * The same covering note and detainee workbook as an Outlook .msg. No library writes .msg
     * files (POI HSMF only reads them), so the OLE2 container is assembled here with POI's POIFS:
     * the MAPI properties Outlook stores as {@code __substg1.0_<id><type>} streams (subject,
     * body, sender, recipients; an attachment storage with its data and file name), which is
     * what HSMF reads back.
     */
    public static Path outlookWithDetaineeWorkbook(Path out, int persons, long seed) {
        byte[] attachment = workbook(w -> LeakWorkbooks.iceStyle(w, persons, SheetState.VISIBLE, seed));
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var root = fs.getRoot();
            unicode(root, "0037", "Updated detention statistics");
            unicode(root, "1000", "Please find attached the updated detention statistics for the web page.");
            unicode(root, "0C1A", "Statistics Unit");
            unicode(root, "0E04", "Web Team");
            var recipient = root.createDirectory("__recip_version1.0_#00000000");
            unicode(recipient, "3001", "Web Team");
            unicode(recipient, "39FE", "web-team@agency.example");
            var attached = root.createDirectory("__attach_version1.0_#00000000");
            attached.createDocument("__substg1.0_37010102", new java.io.ByteArrayInputStream(attachment));
            unicode(attached, "3707", "detention-statistics.xlsx");
            unicode(attached, "3704", "detent~1.xls");
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream stream = Files.newOutputStream(out)) {
                fs.writeFilesystem(stream);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unicode(org.apache.poi.poifs.filesystem.DirectoryEntry dir, String property, String value) throws IOException {
        dir.createDocument("__substg1.0_" + property + "001F",
                new java.io.ByteArrayInputStream(value.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
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
