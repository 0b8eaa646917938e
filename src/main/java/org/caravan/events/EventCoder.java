package org.caravan.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caravan.events.Grammar.Kind;
import org.caravan.model.ActorRef;
import org.caravan.model.Document;
import org.caravan.model.Event;
import org.caravan.model.EventMention;
import org.caravan.model.PartialDate;
import org.caravan.model.PlaceRef;
import org.caravan.model.Sentence;
import org.caravan.model.Span;

/**
 * Codes the events of a document and records every decision: triggers from the lexicon, arguments from
 * the parse or word order, modality, date, place; then pairs of actors (coordination gives a star of
 * dyads), dropping same-country pairs, and merges within the document. Immutable; thread-safe.
 */
public final class EventCoder {

    /** Events and the decisions behind them. */
    public record Result(List<Event> events, List<Decision> decisions) {
        public Result {
            events = List.copyOf(events);
            decisions = List.copyOf(decisions);
        }
    }

    private static volatile EventCoder standard;

    private final Codebook codebook;
    private final Lexicon lexicon;
    private final Grammar grammar;
    private final TriggerMatcher matcher;
    private final ArgumentFinder finder;
    private final ModalityDetector modality;
    private final DateResolver dates = new DateResolver();
    private final EventMerger merger = new EventMerger();
    private final IntentCodes intents;

    public EventCoder(Codebook codebook, Lexicon lexicon, Grammar grammar) {
        this.codebook = codebook;
        this.lexicon = lexicon;
        this.grammar = grammar;
        this.matcher = new TriggerMatcher(lexicon);
        this.finder = new ArgumentFinder(grammar);
        this.modality = new ModalityDetector(grammar, finder);
        this.intents = IntentCodes.load(codebook);
    }

    /** The coder with the shipped codebook, lexicons and grammar. */
    public static EventCoder standard() {
        EventCoder c = standard;
        if (c == null) {
            synchronized (EventCoder.class) {
                c = standard;
                if (c == null) {
                    c = new EventCoder(Codebook.standard(), Lexicon.standard(), Grammar.standard());
                    standard = c;
                }
            }
        }
        return c;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Whether the sentence holds a trigger candidate and at least one actor mention (for the parser). */
    public boolean worthParsing(Document d, Sentence s) {
        String lang = d.lang().orElse("");
        if (!lexicon.hasLanguage(lang)) {
            return false;
        }
        SentenceView v = new SentenceView(d, s, lang, grammar);
        return v.candidates.stream().anyMatch(Candidate::isActor) && !matcher.find(v).isEmpty();
    }

    public Result code(Document d) {
        String lang = d.lang().orElse("");
        if (!lexicon.hasLanguage(lang)) {
            return new Result(List.of(), List.of());
        }
        List<Event> events = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        Discourse discourse = new Discourse();
        for (Sentence s : d.sentences()) {
            if (s.endToken() > d.tokens().size() || s.endToken() <= s.firstToken()) {
                continue;
            }
            SentenceView v = new SentenceView(d, s, lang, grammar);
            List<TriggerMatch> found = matcher.find(v);
            if (found.isEmpty() && !lang.equals(FALLBACK) && lexicon.hasLanguage(FALLBACK)) {
                SentenceView en = new SentenceView(d, s, FALLBACK, grammar);
                List<TriggerMatch> enFound = matcher.find(en);
                if (!enFound.isEmpty() && englishLooking(en)) {
                    v = en;
                    found = enFound;
                }
            }
            for (TriggerMatch m : found) {
                decisions.add(decide(v, m, discourse, events));
            }
            if (discourse.lastSourceSentence != s.index()) {
                for (Candidate c : v.candidates) {
                    if (c.isActor() && finder.prepBefore(v, c, null).isEmpty()) {
                        discourse.lastSource = Optional.of(c);
                        discourse.lastSourceSentence = s.index();
                        break;
                    }
                }
            }
            discourse.endSentence(v);
        }
        return new Result(merger.merge(d.id(), inheritDates(events, discourse.ownDated)), decisions);
    }

    /**
     * The same happening told again without a date ("a été accueilli par Tokaïev" after "s'est rendu au
     * Kazakhstan mercredi") takes the date of its dated telling: same pair of actors, root 04 (visits, meetings).
     */
    private static List<Event> inheritDates(List<Event> events, java.util.Set<Event> ownDated) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Event x = e;
            if (!ownDated.contains(e)) {
                for (Event o : ownDated) {
                    if (e.root().equals("04") && o.root().equals(e.root()) && samePair(o, e)) {
                        x = new Event(e.id(), e.cameo(), e.root(), e.quadClass(), e.goldstein(), o.date(), e.source(),
                                e.target(), e.location().or(o::location), e.mentions(), e.confidence());
                        break;
                    }
                }
            }
            out.add(x);
        }
        return out;
    }

    private static boolean samePair(Event a, Event b) {
        String as = a.source().key().orElse("");
        String at = a.target().key().orElse("");
        String bs = b.source().key().orElse("");
        String bt = b.target().key().orElse("");
        return as.equals(bs) && at.equals(bt) || as.equals(bt) && at.equals(bs);
    }

    /** Captions and quotes in English inside other-language articles are common: their sentences try English. */
    private static final String FALLBACK = "en";

    /** Whether at least a fifth of the words are English function words (so the English lexicon applies). */
    private boolean englishLooking(SentenceView v) {
        int words = 0;
        int function = 0;
        for (int i = 0; i < v.size(); i++) {
            if (!v.isPunct(i)) {
                words++;
                if (v.is(grammar, Kind.SKIP, i) || v.is(grammar, Kind.PREP, i) || v.is(grammar, Kind.COORD, i)) {
                    function++;
                }
            }
        }
        return words > 0 && function * 5 >= words;
    }

    /** What the coder remembers across sentences: the last source and speaker, the last date given. */
    private static final class Discourse {
        Optional<Candidate> lastSource = Optional.empty();
        int lastSourceSentence = -10;
        Optional<Candidate> lastSpeaker = Optional.empty();
        Optional<PartialDate> lastDate = Optional.empty();

        Optional<PartialDate> leadDate = Optional.empty();
        final java.util.Set<Event> ownDated = new java.util.HashSet<>();
        final java.util.Map<Integer, List<Candidate>> sentenceSources = new java.util.HashMap<>();

        void endSentence(SentenceView v) {
            Optional<PartialDate> d = DateResolver.lastOf(v);
            if (d.isPresent()) {
                lastDate = d;
                if (leadDate.isEmpty() && v.sentence.index() < 4) {
                    leadDate = DateResolver.firstOf(v);
                }
            }
        }

        Optional<PartialDate> fallbackDate() {
            return leadDate.isPresent() ? leadDate : lastDate;
        }
    }

    private Decision decide(SentenceView v, TriggerMatch m, Discourse ds, List<Event> out) {
        TriggerEntry e = m.entry();
        Arguments a = finder.find(v, m);
        int idx = v.sentence.index();
        if (a.sourceHow().startsWith("window subj") && ds.sentenceSources.containsKey(idx)
                && conjoinedVerb(v, m)) {
            a = a.withSources(ds.sentenceSources.get(idx), "subject of the conjoined verb before");
            List<Candidate> src = a.sources();
            a = a.withTargets(a.targets().stream().filter(t -> !src.contains(t)).toList(), a.targetHow());
        }
        Optional<Candidate> possessor = possessor(v, m);
        if (possessor.isPresent() && !a.sourceHow().contains("gen") && !a.sourceHow().contains("agent")
                && !a.sourceHow().contains("pp:")) {
            a = a.withSources(List.of(possessor.get()), "possessor");
        } else if (possessive(v, m) && a.sources().isEmpty() && ds.lastSource.isPresent()
                && idx - ds.lastSourceSentence <= 2) {
            a = a.withSources(List.of(ds.lastSource.get()), "discourse (possessive)");
        }
        if (a.sources().isEmpty()) {
            Optional<Candidate> speaker = firstPerson(v, m)
                    ? speaker(v).or(() -> announcer(v, m)).or(() -> ds.lastSpeaker) : Optional.empty();
            if (speaker.isPresent()) {
                a = a.withSources(List.of(speaker.get()), "speaker of reported speech");
            } else if (ds.lastSource.isPresent() && idx - ds.lastSourceSentence <= 2 && pronounSubject(v, m)) {
                a = a.withSources(List.of(ds.lastSource.get()), "discourse (earlier subject)");
            }
        } else if (!a.sourceHow().startsWith("discourse")) {
            ds.lastSource = Optional.of(a.sources().get(0));
            ds.lastSourceSentence = idx;
        }
        speaker(v).ifPresent(c -> ds.lastSpeaker = Optional.of(c));
        if (!a.sources().isEmpty() && !m.entry().pos().equals("NOUN")) {
            ds.sentenceSources.put(idx, a.sources());
        }
        if (e.symmetric() && a.targets().isEmpty() && a.sources().size() >= 2) {
            a = new Arguments(a.sources().subList(0, 1), a.sources().subList(1, a.sources().size()), a.sourceHow(),
                    "coordinated with the source", a.passive());
        }
        Modality mod = modality.of(v, m);
        String code = mod == Modality.INTENT ? intents.of(e.code()) : e.code();
        int cs = finder.clauseStart(v, m.first());
        int ce = finder.clauseEnd(v, m.last());
        DateResolver.Dated date = dates.resolve(v, m, cs, ce, ds.fallbackDate());
        if (!date.how().startsWith("time expression") && pluperfect(v, m) && ds.lastDate.isPresent()) {
            date = new DateResolver.Dated(ds.lastDate, "last date given before (pluperfect)");
        }
        Span span = new Span(v.tokens.get(m.first()).span().start(), v.tokens.get(m.last()).span().end());
        String trig = span.of(v.doc.text());
        String entry = e.phrase() + " → " + e.code() + " (" + e.origin() + ")";
        List<String> src = describe(a.sources(), a.sourceHow());
        List<String> tgt = describe(a.targets(), a.targetHow());
        String dated = date.date().map(PartialDate::toString).orElse("none") + " from " + date.how();
        if (!mod.coded()) {
            return new Decision(idx, trig, span, entry, src, tgt, mod, dated, List.of(), "not coded: " + mod.label());
        }
        if (a.sources().isEmpty()) {
            return new Decision(idx, trig, span, entry, src, tgt, mod, dated, List.of(), "not coded: no source actor");
        }
        if (a.targets().isEmpty()) {
            return new Decision(idx, trig, span, entry, src, tgt, mod, dated, List.of(), "not coded: no target actor");
        }
        Optional<PlaceRef> place = place(v, m, a);
        double conf = confidence(a, v.parsed);
        List<String> coded = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Candidate s : a.sources()) {
            for (Candidate t : a.targets()) {
                Optional<ActorRef> sa = s.asActor();
                Optional<ActorRef> ta = t.asActor();
                Optional<String> sk = sa.flatMap(ActorRef::key);
                Optional<String> tk = ta.flatMap(ActorRef::key);
                if (sk.isEmpty() || tk.isEmpty()) {
                    skipped.add("actor without country or organisation key");
                    continue;
                }
                if (sk.equals(tk)) {
                    skipped.add("same country both sides (" + sk.get() + ")");
                    continue;
                }
                Span ev = evidence(v, m, s, t);
                Event event = new Event("", code, code.substring(0, 2), CameoCode.quadClassOfRoot(code.substring(0, 2)),
                        codebook.goldstein(code), date.date(), sa.get(), ta.get(), place,
                        List.of(new EventMention(v.doc.id(), idx, ev)), conf);
                out.add(event);
                if (date.how().startsWith("time expression")) {
                    ds.ownDated.add(event);
                }
                coded.add(sk.get() + "→" + tk.get() + " " + code);
            }
        }
        String reason = coded.isEmpty() ? "not coded: " + String.join("; ", skipped) : "coded";
        return new Decision(idx, trig, span, entry, src, tgt, mod, dated, coded, reason);
    }

    private static List<String> describe(List<Candidate> cs, String how) {
        List<String> out = new ArrayList<>();
        for (Candidate c : cs) {
            out.add(c.mention().text() + "=" + c.key().orElse("?") + " (" + how + ")");
        }
        return out;
    }

    /** A pluperfect ("avaient signé", "had signed") tells background: dated by the last date given, not the day. */
    private boolean pluperfect(SentenceView v, TriggerMatch m) {
        for (int i = Math.max(0, m.first() - 3); i < m.first(); i++) {
            if (v.is(grammar, Kind.PLUPERFECT, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the trigger is a verb conjoined to an earlier one ("besuchte China und traf Xi"). */
    private boolean conjoinedVerb(SentenceView v, TriggerMatch m) {
        if (!m.entry().pos().equals("VERB") && !m.entry().pos().equals("ANY")) {
            return false;
        }
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 3; i--) {
            if (v.is(grammar, Kind.COORD, i) && !v.norm[i].equals(",")) {
                int at = i;
                return v.candidates.stream().noneMatch(c -> c.first() > at && c.last() < m.first());
            }
            if (v.inMention[i]) {
                return false;
            }
        }
        return false;
    }

    /** Whether a subject pronoun stands just before the trigger ("il s'entretenait"). */
    private boolean pronounSubject(SentenceView v, TriggerMatch m) {
        int start = finder.clauseStart(v, m.first());
        for (int i = Math.max(start, m.first() - 3); i < m.first(); i++) {
            if (v.is(grammar, Kind.PRON_SUBJ, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun trigger has a possessive determiner ("sa visite", "his visit"). */
    private boolean possessive(SentenceView v, TriggerMatch m) {
        if (!m.entry().pos().equals("NOUN")) {
            return false;
        }
        for (int i = m.first() - 1; i >= 0 && i >= m.first() - 3; i--) {
            if (v.is(grammar, Kind.POSS, i)) {
                return true;
            }
            if (!v.pos[i].equals("ADJ") && !v.pos[i].equals("X")) {
                return false;
            }
        }
        return false;
    }

    /** For "sa visite", the nearest actor mentioned before the possessive, in the same sentence. */
    private Optional<Candidate> possessor(SentenceView v, TriggerMatch m) {
        if (!possessive(v, m)) {
            return Optional.empty();
        }
        for (int k = v.candidates.size() - 1; k >= 0; k--) {
            Candidate c = v.candidates.get(k);
            if (c.isActor() && c.last() < m.first()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private boolean firstPerson(SentenceView v, TriggerMatch m) {
        int start = finder.clauseStart(v, m.first());
        for (int i = Math.max(start, m.first() - 6); i < m.first(); i++) {
            if (v.is(grammar, Kind.PRON_FIRST, i)) {
                return true;
            }
        }
        return false;
    }

    /** The actor next to a speech verb of the sentence ("a déclaré Xi", "Xi said"). */
    private Optional<Candidate> speaker(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            if (!v.is(grammar, Kind.REPORT, i)) {
                continue;
            }
            Candidate best = null;
            int dist = Integer.MAX_VALUE;
            for (Candidate c : v.candidates) {
                int d = c.first() > i ? c.first() - i : i - c.last();
                if (c.isActor() && d <= 5 && d < dist) {
                    best = c;
                    dist = d;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** For a quotation opened in the sentence ("Xi a déclaré : « nous... »"), the first actor before it. */
    private static Optional<Candidate> announcer(SentenceView v, TriggerMatch m) {
        int quote = -1;
        for (int i = 0; i < m.first(); i++) {
            String w = v.norm[i];
            if (w.equals("«") || w.equals("“") || w.equals("\"") || w.equals(":")) {
                quote = i;
                break;
            }
        }
        if (quote < 0) {
            return Optional.empty();
        }
        for (Candidate c : v.candidates) {
            if (c.isActor() && c.last() < quote) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private Optional<PlaceRef> place(SentenceView v, TriggerMatch m, Arguments a) {
        for (Candidate c : a.targets()) {
            if (c.place().isPresent()) {
                return c.place();
            }
        }
        Optional<PlaceRef> best = Optional.empty();
        int dist = Integer.MAX_VALUE;
        for (Candidate c : v.candidates) {
            if (c.place().isEmpty() || c.actor().isPresent()) {
                continue;
            }
            boolean governed = finder.prepBefore(v, c, m).filter(p -> grammar.is(v.lang, Kind.PLACE_PREP, p)).isPresent();
            int d = Math.abs(c.first() - m.head());
            if (governed && d < dist && (d <= ArgumentFinder.WINDOW || m.entry().code().startsWith("04"))) {
                best = c.place();
                dist = d;
            }
        }
        return best;
    }

    private static Span evidence(SentenceView v, TriggerMatch m, Candidate s, Candidate t) {
        int first = m.first();
        int last = m.last();
        for (Candidate c : List.of(s, t)) {
            if (v.candidates.contains(c)) {
                first = Math.min(first, c.first());
                last = Math.max(last, c.last());
            }
        }
        return new Span(v.tokens.get(first).span().start(), v.tokens.get(last).span().end());
    }

    private static double confidence(Arguments a, boolean parsed) {
        double c = 0.4;
        if (!a.sourceHow().startsWith("discourse") && !a.sourceHow().startsWith("speaker")) {
            c += 0.2;
        }
        if (!a.targetHow().contains("place")) {
            c += 0.15;
        } else {
            c += 0.05;
        }
        if (parsed) {
            c += 0.1;
        }
        return Math.min(0.9, c);
    }
}
