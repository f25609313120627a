package org.airlock.extract.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;
import org.airlock.extract.html.HtmlExtractor;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;

/**
 * An Outlook message (.msg, an OLE2 file read with POI HSMF): sender and recipients, subject,
 * the text body (or the HTML body, through the web page extractor), and every attachment handed
 * on as an embedded file.
 */
public final class MsgExtractor implements Extractor {

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        MAPIMessage message;
        try {
            message = new MAPIMessage(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new InspectionException(FailureKind.CORRUPT, "the Outlook message cannot be read", e);
        }
        try (message) {
            StringBuilder headers = new StringBuilder();
            header(headers, "From", () -> message.getDisplayFrom());
            header(headers, "To", () -> message.getDisplayTo());
            header(headers, "To (addresses)", () -> message.getRecipientEmailAddress());
            header(headers, "Cc", () -> message.getDisplayCC());
            header(headers, "Bcc", () -> message.getDisplayBCC());
            header(headers, "Subject", () -> message.getSubject());
            if (!headers.isEmpty()) {
                sink.text(Location.of("headers"), Visibility.MAIL_HEADER, headers.toString());
            }
            String body = value(() -> message.getTextBody());
            if (body != null && !body.isBlank()) {
                sink.text(Location.of("body"), Visibility.VISIBLE, body);
            } else {
                String html = value(() -> message.getHtmlBody());
                if (html != null) {
                    new HtmlExtractor().extract(html, "body (html)", sink, context);
                }
            }
            AttachmentChunks[] attachments = message.getAttachmentFiles();
            for (AttachmentChunks attachment : attachments) {
                context.checkDeadline();
                context.budget().member();
                String name = attachment.getAttachLongFileName() != null ? attachment.getAttachLongFileName().getValue()
                        : attachment.getAttachFileName() != null ? attachment.getAttachFileName().getValue() : "attachment";
                if (attachment.getAttachData() == null) {
                    continue;
                }
                byte[] data = attachment.getAttachData().getValue();
                context.budget().expanded(data.length);
                Path temp = Files.createTempFile("airlock-attachment-", ".bin");
                try {
                    Files.write(temp, data);
                    sink.contained("attachment '" + name + "'", temp);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            if (attachments.length > 0) {
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.MAIL_ATTACHMENTS, Location.of("attachments"), attachments.length));
            }
        }
    }

    private interface Chunk {
        String get() throws ChunkNotFoundException;
    }

    private static String value(Chunk chunk) {
        try {
            return chunk.get();
        } catch (ChunkNotFoundException | RuntimeException e) {
            return null;
        }
    }

    private static void header(StringBuilder out, String name, Chunk chunk) {
        String value = value(chunk);
        if (value != null && !value.isBlank()) {
            out.append(name).append(": ").append(value).append('\n');
        }
    }
}
