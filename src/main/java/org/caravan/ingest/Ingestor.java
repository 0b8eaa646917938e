package org.caravan.ingest;

import java.util.Optional;
import org.caravan.model.DateOrigin;
import org.caravan.model.Diagnostic;
import org.caravan.model.Document;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.Published;
import org.jsoup.Jsoup;

/**
 * Turns a raw document into a {@link Document}: clean article text (from HTML or scraped plain text), title,
 * publication date (input, else HTML metadata, else a dateline) and, when the input declared it, language.
 * Holds only immutable data loaded once; thread-safe.
 */
public final class Ingestor {

    private final Datelines datelines;
    private final TextCleaner text;

    public Ingestor() {
        this(Datelines.load());
    }

    Ingestor(Datelines datelines) {
        this.datelines = datelines;
        this.text = new TextCleaner(datelines);
    }

    public Document ingest(RawDocument raw) {
        Cleaned c = raw.format() == RawDocument.Format.HTML ? html(raw) : text.clean(raw.content());
        Optional<Published> published = raw.published().flatMap(datelines::value)
                .map(d -> new Published(d, DateOrigin.INPUT))
                .or(() -> c.metaDate().map(d -> new Published(d, DateOrigin.HTML_META)))
                .or(() -> datelines.find(c.head()).or(() -> leadDate(c.lead()))
                        .map(d -> new Published(d, DateOrigin.DATELINE)));
        Optional<String> title = raw.title().or(c::title).map(t -> t.replaceAll("\\s+", " ").strip())
                .filter(t -> !t.isEmpty());
        Metadata m = new Metadata(raw.location(), raw.url(), title, published, raw.outlet());
        Document d = Document.of(raw.id(), m, c.text());
        if (c.text().isBlank()) {
            d = d.withDiagnostic(Diagnostic.warning("ingest", "no article text found"));
        }
        if (raw.published().isPresent() && published.filter(p -> p.origin() == DateOrigin.INPUT).isEmpty()) {
            d = d.withDiagnostic(Diagnostic.warning("ingest", "unreadable published date: " + raw.published().get()));
        }
        Optional<String> lang = raw.lang().flatMap(LanguageStage::code);
        return lang.isPresent() ? d.withLang(lang.get()) : d;
    }

    /** A full date opening the body ("PARIS, 3 juillet 2024 (AFP) -"): four words or fewer before it. */
    private Optional<PartialDate> leadDate(String lead) {
        return datelines.findDay(lead).filter(f -> TextCleaner.words(lead.substring(0, f.start())) <= 4)
                .map(Datelines.Found::date);
    }


    private Cleaned html(RawDocument raw) {
        org.jsoup.nodes.Document doc = Jsoup.parse(raw.content(), raw.url().orElse(""));
        Optional<String> title = HtmlMeta.title(doc);
        Optional<PartialDate> date = HtmlMeta.published(doc)
                .or(() -> datelines.findDay(HtmlMeta.dateTexts(doc)).map(Datelines.Found::date));
        String text = HtmlArticle.text(doc);
        String lead = text.length() > 160 ? text.substring(0, 160) : text;
        return new Cleaned(title, text, "", lead, date);
    }
}
