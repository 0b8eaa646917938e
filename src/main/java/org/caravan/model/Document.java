package org.caravan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A document and its annotation layers. Immutable: adding a layer returns a copy. Every offset
 * refers to {@link #text()}, the clean article text. An absent layer is an empty list.
 */
public record Document(String id, Metadata metadata, String text, Optional<String> lang,
                       List<Sentence> sentences, List<Token> tokens, List<Dependency> dependencies,
                       List<Entity> entities, List<Mention> mentions, List<TimeExpression> times,
                       List<Event> events, List<Diagnostic> diagnostics, Set<Layer> layers) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        events = List.copyOf(events);
        diagnostics = List.copyOf(diagnostics);
        layers = Collections.unmodifiableSet(layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers));
    }

    /** A new document holding clean text and metadata only. */
    public static Document of(String id, Metadata metadata, String text) {
        return new Document(id, metadata, text, Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), EnumSet.of(Layer.TEXT));
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    private Set<Layer> plus(Layer... added) {
        EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        Collections.addAll(s, added);
        return s;
    }

    public Document withMetadata(Metadata m) {
        return new Document(id, m, text, lang, sentences, tokens, dependencies, entities, mentions, times, events,
                diagnostics, layers);
    }

    public Document withLang(String language) {
        return new Document(id, metadata, text, Optional.of(language), sentences, tokens, dependencies, entities,
                mentions, times, events, diagnostics, plus(Layer.LANGUAGE));
    }

    /** Adds the NLP layers; {@code provided} names those the tool really filled. */
    public Document withNlp(List<Sentence> s, List<Token> t, List<Dependency> d, List<Entity> e, Set<Layer> provided) {
        for (Token tok : t) {
            tok.span().within(text.length());
        }
        return new Document(id, metadata, text, lang, s, t, d, e, mentions, times, events, diagnostics,
                plus(provided.toArray(Layer[]::new)));
    }

    public Document withMentions(List<Mention> m) {
        m.forEach(x -> x.span().within(text.length()));
        return new Document(id, metadata, text, lang, sentences, tokens, dependencies, entities, m, times, events,
                diagnostics, plus(Layer.MENTIONS));
    }

    public Document withTimes(List<TimeExpression> t) {
        t.forEach(x -> x.span().within(text.length()));
        return new Document(id, metadata, text, lang, sentences, tokens, dependencies, entities, mentions, t, events,
                diagnostics, plus(Layer.TIMEX));
    }

    public Document withEvents(List<Event> e) {
        return new Document(id, metadata, text, lang, sentences, tokens, dependencies, entities, mentions, times, e,
                diagnostics, plus(Layer.EVENTS));
    }

    public Document withDiagnostic(Diagnostic d) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.add(d);
        return new Document(id, metadata, text, lang, sentences, tokens, dependencies, entities, mentions, times,
                events, all, layers);
    }

    /** The tokens of one sentence. */
    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** The reference date for relative time expressions: the publication date, when known. */
    public Optional<PartialDate> referenceDate() {
        return metadata.published().map(Published::date);
    }
}
