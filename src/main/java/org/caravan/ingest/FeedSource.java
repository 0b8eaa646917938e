package org.caravan.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Reads an RSS or Atom feed ({@code .rss}, {@code .atom}, {@code .xml}) with ROME: each item is a document made
 * of its content (or description), link, title and date; its id is derived from link and content. A feed is
 * small, so it is parsed whole (up to the page size limit). Stateless and thread-safe.
 */
final class FeedSource {

    private FeedSource() {
    }

    static ItemReader read(Path file) {
        return ItemReader.of(items(file));
    }

    private static List<SourceItem> items(Path file) {
        String where = file.toString();
        SyndFeed feed;
        try {
            byte[] b = Bytes.readFile(file);
            if (b.length == 0) {
                return List.of(new SourceError(where, "empty file"));
            }
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(b)));
        } catch (Exception e) {
            return List.of(new SourceError(where, "not a readable RSS or Atom feed: " + Bytes.reason(e)));
        }
        List<SourceItem> out = new ArrayList<>();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String content = content(e);
            if (content.isBlank()) {
                out.add(new SourceError(where + "#" + n, "feed item without content or description"));
                continue;
            }
            Optional<String> link = Optional.ofNullable(e.getLink()).or(() -> Optional.ofNullable(e.getUri()))
                    .filter(s -> !s.isBlank());
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            Optional<String> published = Optional.ofNullable(date)
                    .map(d -> d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString());
            out.add(new RawDocument(Bytes.hashId(link.orElse(""), content), where + "#" + n,
                    RawDocument.Format.HTML, content, link, Optional.ofNullable(e.getTitle()).map(String::strip)
                    .filter(s -> !s.isBlank()), published, Optional.empty()));
        }
        if (out.isEmpty()) {
            out.add(new SourceError(where, "feed has no items"));
        }
        return out;
    }

    private static String content(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                sb.append(c.getValue()).append('\n');
            }
        }
        if (sb.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
            sb.append(e.getDescription().getValue());
        }
        return sb.toString();
    }
}
