package org.caravan.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.caravan.model.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title and publication date from an HTML page's markup: Open Graph and article meta tags, schema.org
 * {@code datePublished} (microdata or JSON-LD), {@code <time datetime>}, {@code <title>} and {@code <h1>}.
 * Stateless and thread-safe.
 */
final class HtmlMeta {

    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=datePublished]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publish_date]",
        "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dc.date.issued]",
        "meta[name=DC.date.issued]", "meta[name=dcterms.created]", "meta[name=DC.date]", "meta[name=dc.date]",
        "meta[name=date]", "meta[property=og:article:published_time]", "meta[name=article.published]",
        "meta[name=original-publish-date]",
    };
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");

    private HtmlMeta() {
    }

    /** The publication date declared in the page's metadata. */
    static Optional<PartialDate> published(Document doc) {
        for (String q : DATE_META) {
            for (Element e : doc.select(q)) {
                Optional<PartialDate> d = Datelines.isoStart(e.attr("content"));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Optional<PartialDate> d = JsonLd.strings(s.data(), "datePublished").stream()
                    .flatMap(v -> Datelines.isoStart(v).stream()).findFirst();
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            Optional<PartialDate> d = Datelines.isoStart(e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * Short texts of elements whose class or id speaks of a date or a byline ({@code date}, {@code time},
     * {@code byline}, {@code publi...}), in page order: where a page without date metadata shows its date.
     */
    static String dateTexts(Document doc) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Element e : doc.select("[class~=(?i)date|time|byline|publi], [id~=(?i)date|time|byline|publi]")) {
            String t = e.text();
            if (!t.isBlank() && t.length() <= 120 && n < 5) {
                sb.append(t).append('\n');
                n++;
            }
        }
        return sb.toString();
    }

    /** The headline: the first {@code <h1>} when the page title or og:title contains it, else og:title, else the title without the site name. */
    static Optional<String> title(Document doc) {
        String og = clean(doc.select("meta[property=og:title], meta[name=twitter:title]").attr("content"));
        String title = clean(doc.title());
        Element h1 = doc.selectFirst("h1");
        String h = h1 == null ? "" : clean(h1.text());
        if (!h.isEmpty() && h.length() >= 10 && (title.contains(h) || og.contains(h))) {
            return Optional.of(h);
        }
        if (!og.isEmpty()) {
            return Optional.of(og);
        }
        if (!title.isEmpty()) {
            return Optional.of(withoutSite(title));
        }
        return Optional.of(h).filter(s -> !s.isEmpty());
    }

    private static String withoutSite(String title) {
        String[] parts = SITE_SEPARATOR.split(title);
        String best = title;
        if (parts.length > 1) {
            best = parts[0];
            for (String p : parts) {
                if (p.length() > best.length()) {
                    best = p;
                }
            }
        }
        return best.strip();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
