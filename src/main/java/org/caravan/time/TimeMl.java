package org.caravan.time;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
    private static final XMLInputFactory XML = xmlFactory();

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
        try {
            Parsed parsed = parse(raw);
            return new TimeMl(file, raw.substring(0, open.end()), parsed.text(), parsed.creationTime());
        } catch (XMLStreamException e) {
            throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
        }
    }

    private record Parsed(String text, Optional<LocalDate> creationTime) {
    }

    /** The character data inside {@code <TEXT>} (tags dropped, entities decoded) and the DCT's TIMEX3 value. */
    private static Parsed parse(String raw) throws XMLStreamException {
        XMLStreamReader in = XML.createXMLStreamReader(new StringReader(raw));
        StringBuilder text = new StringBuilder();
        Optional<LocalDate> created = Optional.empty();
        boolean inText = false;
        boolean inDct = false;
        boolean closed = false;
        try {
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = in.getLocalName();
                    inText |= name.equals("TEXT");
                    inDct |= name.equals("DCT");
                    if (inDct && name.equals("TIMEX3") && created.isEmpty()) {
                        created = Optional.ofNullable(in.getAttributeValue(null, "value")).flatMap(PartialDate::parse)
                                .map(PartialDate::start);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    closed |= inText && in.getLocalName().equals("TEXT");
                    inText &= !in.getLocalName().equals("TEXT");
                    inDct &= !in.getLocalName().equals("DCT");
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(in.getText());
                }
            }
        } finally {
            in.close();
        }
        if (!closed) {
            throw new XMLStreamException("<TEXT> is never closed");
        }
        return new Parsed(text.toString(), created);
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
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
}
