package org.airlock.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells apart the text formats Tika's magic calls {@code text/plain}: JSON (a value that starts
 * with a brace or bracket and parses for its first tokens), markup (HTML when it has an html,
 * head or body tag or an HTML doctype, XML otherwise), and a mail message saved as text (a block
 * of RFC 822 headers with a From or Received line before the first blank line).
 */
final class TextSniffer {

    private static final int HEAD = 8192;
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern HEADER = Pattern.compile("^[A-Za-z][A-Za-z0-9-]{1,40}:( .*)?$");
    private static final Pattern HTML = Pattern.compile("<!doctype html|<html[\\s>]|<head[\\s>]|<body[\\s>]");

    private TextSniffer() {
    }

    static DocumentType sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return looksLikeJson(file) ? DocumentType.JSON : DocumentType.TEXT;
        }
        if (start.startsWith("<")) {
            return HTML.matcher(text.toLowerCase(Locale.ROOT)).find() ? DocumentType.HTML : DocumentType.XML;
        }
        return looksLikeMail(text) ? DocumentType.EMAIL : DocumentType.TEXT;
    }

    private static boolean looksLikeJson(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            for (int i = 0; i < 200; i++) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return true;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean looksLikeMail(String text) {
        String[] lines = text.split("\r?\n", 60);
        int headers = 0;
        boolean from = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                break;
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                continue;
            }
            if (!HEADER.matcher(line).matches()) {
                return false;
            }
            headers++;
            String lower = line.toLowerCase(Locale.ROOT);
            from |= lower.startsWith("from:") || lower.startsWith("received:");
        }
        return from && headers >= 3;
    }
}
