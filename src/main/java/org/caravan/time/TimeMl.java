package org.caravan.time;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caravan.model.PartialDate;
import org.caravan.model.TimeExpression;

/**
 * One TimeML document: the plain text of its {@code <TEXT>} element, its document creation time, and the
 * writing of a copy whose {@code <TEXT>} holds our own TIMEX3 tags instead of the gold ones. Immutable.
 *
 * @param head the raw file up to and including the {@code <TEXT>} tag, kept as it is in the copy
 */
record TimeMl(Path source, String head, String text, Optional<LocalDate> creationTime) {

    private static final Pattern TEXT_OPEN = Pattern.compile("<TEXT\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern DCT = Pattern.compile("<DCT>.*?value=\"([^\"]*)\"", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    static TimeMl read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            raw = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (raw.startsWith("\uFEFF")) {
            raw = raw.substring(1);
        }
        Matcher open = TEXT_OPEN.matcher(raw);
        if (!open.find()) {
            throw new IOException(file + ": no <TEXT> element");
        }
        int close = raw.indexOf("</TEXT>", open.end());
        if (close < 0) {
            throw new IOException(file + ": <TEXT> at offset " + open.start() + " is never closed");
        }
        String text = unescape(TAG.matcher(raw.substring(open.end(), close)).replaceAll(""));
        Matcher dct = DCT.matcher(raw.substring(0, open.start()));
        Optional<LocalDate> created = dct.find() ? PartialDate.parse(dct.group(1)).map(PartialDate::start)
                : Optional.empty();
        return new TimeMl(file, raw.substring(0, open.end()), text, created);
    }

    /** The document with the given expressions tagged in its text. */
    String annotate(List<TimeExpression> times) {
        StringBuilder sb = new StringBuilder(head);
        int pos = 0;
        int tid = 1000;
        for (TimeExpression t : times) {
            if (t.span().start() < pos) {
                continue;
            }
            sb.append(escape(text.substring(pos, t.span().start())));
            sb.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type())
                    .append("\" value=\"").append(escape(t.value())).append("\">")
                    .append(escape(t.text())).append("</TIMEX3>");
            pos = t.span().end();
        }
        sb.append(escape(text.substring(pos))).append("</TEXT>\n</TimeML>\n");
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
