package org.airlock.extract.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.airlock.extract.BoundedCopy;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;
import org.airlock.extract.html.HtmlExtractor;

/**
 * An e-mail message (RFC 822 / MIME, through Angus Mail): the sender and recipients (names and
 * addresses: contact details), the subject, every text and HTML body (HTML bodies get the web
 * page treatment, so a hidden div in a mail is found), and every attachment handed on as an
 * embedded file, so an attached workbook is inspected as a workbook.
 */
public final class EmlExtractor implements Extractor {

    private static final String[] HEADERS = {"From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Subject"};
    private static final int MAX_PARTS = 10_000;

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            StringBuilder headers = new StringBuilder();
            for (String name : HEADERS) {
                String value = message.getHeader(name, ", ");
                if (value != null) {
                    headers.append(name).append(": ").append(decode(value)).append('\n');
                }
            }
            if (!headers.isEmpty()) {
                sink.text(Location.of("headers"), Visibility.MAIL_HEADER, headers.toString());
            }
            Walk walk = new Walk(sink, context);
            walk.part(message, "body");
            if (walk.attachments > 0) {
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.MAIL_ATTACHMENTS, Location.of("attachments"), walk.attachments));
            }
        } catch (MessagingException e) {
            throw new InspectionException(FailureKind.CORRUPT, "the message's MIME structure cannot be read", e);
        }
    }

    private static String decode(String header) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (UnsupportedEncodingException e) {
            return header;
        }
    }

    private static final class Walk {
        private final ContentSink sink;
        private final ExtractionContext context;
        private final HtmlExtractor html = new HtmlExtractor();
        int attachments;
        private int parts;

        Walk(ContentSink sink, ExtractionContext context) {
            this.sink = sink;
            this.context = context;
        }

        void part(Part part, String where) throws MessagingException, IOException, InspectionException {
            context.checkDeadline();
            if (++parts > MAX_PARTS) {
                throw new InspectionException(FailureKind.ZIP_BOMB, "more than " + MAX_PARTS + " MIME parts");
            }
            String fileName = part.getFileName();
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    part(child, where + " part " + (i + 1));
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null
                    || part.isMimeType("message/rfc822")) {
                attachment(part, fileName == null ? "attached message" : decode(fileName));
            } else if (part.isMimeType("text/html")) {
                html.extract(String.valueOf(part.getContent()), where + " (html)", sink, context);
            } else if (part.isMimeType("text/*")) {
                String text = String.valueOf(part.getContent());
                if (!text.isBlank()) {
                    sink.text(Location.of(where), Visibility.VISIBLE, text);
                }
            } else {
                attachment(part, "inline " + part.getContentType().split(";")[0].trim());
            }
        }

        private void attachment(Part part, String name) throws MessagingException, IOException, InspectionException {
            attachments++;
            context.budget().member();
            Path temp;
            try (InputStream in = part.getInputStream()) {
                temp = BoundedCopy.toTempFile(in, null, context);
            } catch (IOException e) {
                sink.notInspected(new InspectionFailure(Failures.kindOf(e), Location.of("").inside("attachment '" + name + "'"),
                        Failures.safeDetail(e)));
                return;
            }
            try {
                sink.contained("attachment '" + name + "'", temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
