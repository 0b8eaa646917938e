package org.caravan.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caravan.model.ActorRef;
import org.caravan.model.DateOrigin;
import org.caravan.model.Dependency;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.model.Mention;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.PlaceRef;
import org.caravan.model.Published;
import org.caravan.model.Sentence;
import org.caravan.model.Span;
import org.caravan.model.TimeExpression;
import org.caravan.model.Token;

/**
 * Hand-built annotated documents for tests, so the coder is testable without NLP models: a small regex
 * tokenizer, lemmas and tags given by the test, actors, places and dates given by their surface text, and
 * optionally dependencies given by word.
 */
final class Fixture {

    private static final Pattern TOKEN = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:jusqu|lorsqu|puisqu|qu|[ldjmnstc])['’]|'s\\b|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*|\\S");

    private final String lang;
    private final String text;
    private Optional<PartialDate> published = Optional.empty();
    private final Map<String, String[]> lemmas = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final List<String[]> deps = new ArrayList<>();

    private Fixture(String lang, String text) {
        this.lang = lang;
        this.text = text;
    }

    static Fixture of(String lang, String text) {
        return new Fixture(lang, text);
    }

    Fixture published(String iso) {
        published = PartialDate.parse(iso);
        return this;
    }

    /** Gives a word form its lemma and tag. */
    Fixture lemma(String form, String lemma, String pos) {
        lemmas.put(form.toLowerCase(Locale.ROOT), new String[] {lemma, pos});
        return this;
    }

    /** Every occurrence of the surface is an actor mention: key ISO3 or acronym, code e.g. CHNGOV. */
    Fixture actor(String surface, String key, String code) {
        for (Span s : find(surface)) {
            mentions.add(new Mention(s, surface, Optional.of(new ActorRef(code, surface, Optional.of(key), code)),
                    Optional.empty(), "fixture"));
        }
        return this;
    }

    Fixture place(String surface, String name, String country) {
        for (Span s : find(surface)) {
            mentions.add(new Mention(s, surface, Optional.empty(),
                    Optional.of(new PlaceRef(name, name, country, 0, 0)), "fixture"));
        }
        return this;
    }

    Fixture time(String surface, String iso) {
        for (Span s : find(surface)) {
            times.add(new TimeExpression(s, surface, "DATE", iso, PartialDate.parse(iso), Optional.empty(), "fixture",
                    false));
        }
        return this;
    }

    /** A dependency between the first occurrences of two words. */
    Fixture dep(String dependent, String head, String relation) {
        deps.add(new String[] {dependent, head, relation});
        return this;
    }

    private List<Span> find(String surface) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int i = text.indexOf(surface, from);
            if (i < 0) {
                return out;
            }
            out.add(new Span(i, i + surface.length()));
            from = i + surface.length();
        }
    }

    /**
     * What the standard coder codes in a document, one "SOURCE>TARGET CODE" an event by actor key ("?" for a
     * side without one): the view most coding tests assert on.
     */
    static List<String> dyads(Document d) {
        return EventCoder.standard().code(d).events().stream()
                .map(e -> e.source().key().orElse("?") + ">" + e.target().key().orElse("?") + " " + e.cameo()).toList();
    }

    Document build() {
        Metadata meta = Metadata.of("fixture");
        if (published.isPresent()) {
            meta = meta.withPublished(new Published(published.get(), DateOrigin.INPUT));
        }
        Document d = Document.of("doc1", meta, text).withLang(lang);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int sentStart = 0;
        int sentFirstTok = 0;
        while (m.find()) {
            String w = m.group();
            String[] lp = lemmas.getOrDefault(w.toLowerCase(Locale.ROOT), new String[] {w.toLowerCase(Locale.ROOT), "X"});
            int si = sentences.size();
            tokens.add(new Token(tokens.size(), si, new Span(m.start(), m.end()), w, lp[0], lp[1]));
            if (w.equals(".") || w.equals("?") || w.equals("!")) {
                sentences.add(new Sentence(si, new Span(sentStart, m.end()), sentFirstTok, tokens.size()));
                sentStart = m.end();
                sentFirstTok = tokens.size();
            }
        }
        if (sentFirstTok < tokens.size()) {
            sentences.add(new Sentence(sentences.size(), new Span(sentStart, text.length()), sentFirstTok, tokens.size()));
        }
        List<Dependency> dl = new ArrayList<>();
        for (String[] x : deps) {
            dl.add(new Dependency(indexOf(tokens, x[1]), indexOf(tokens, x[0]), x[2]));
        }
        EnumSet<Layer> layers = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS, Layer.POS);
        if (!dl.isEmpty()) {
            layers.add(Layer.DEPENDENCIES);
        }
        return d.withNlp(sentences, tokens, dl, List.of(), layers).withMentions(mentions).withTimes(times);
    }

    private static int indexOf(List<Token> tokens, String word) {
        for (Token t : tokens) {
            if (t.text().equals(word)) {
                return t.index();
            }
        }
        throw new IllegalArgumentException("no token " + word);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
