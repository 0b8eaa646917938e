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

    private static EventCoder standard;

    private final Codebook codebook;
    private final Lexicon lexicon;
    private final Grammar grammar;
    private final TriggerMatcher matcher;
    private final ArgumentFinder finder;
    private final ModalityDetector modality;
    private final DateResolver dates;
    private final EventMerger merger = new EventMerger();
    private final ModalCodes modalCodes;
    private final SourceRecovery sources;
    private final EventDetails details;
    private final LocatedTargets located = LocatedTargets.standard();
    private final Counterparts counterparts;

    public EventCoder(Codebook codebook, Lexicon lexicon, Grammar grammar) {
        this.codebook = codebook;
        this.lexicon = lexicon;
        this.grammar = grammar;
        this.matcher = new TriggerMatcher(lexicon, grammar);
        this.finder = new ArgumentFinder(grammar);
        this.modality = new ModalityDetector(grammar, ModalCues.standard(), finder);
        this.modalCodes = ModalCodes.load(codebook);
        this.dates = new DateResolver(grammar);
        this.sources = new SourceRecovery(grammar, finder);
        this.details = new EventDetails(grammar, finder);
        this.counterparts = new Counterparts(grammar);
    }

    /**
     * The coder with the shipped codebook and grammar and the standard lexicon ({@link Lexicon#standard()}: the
     * shipped lexicons plus the user's); built again when the user's lexicon files change.
     */
    public static EventCoder standard() {
        Lexicon lexicon = Lexicon.standard();
        synchronized (EventCoder.class) {
            EventCoder c = standard;
            if (c == null || c.lexicon != lexicon) {
                c = new EventCoder(Codebook.standard(), lexicon, Grammar.standard());
                standard = c;
            }
            return c;
        }
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
        SentenceView v = SentenceView.of(d, s, lang, grammar);
        return v.candidates().stream().anyMatch(Candidate::isActor) && !matcher.find(v).isEmpty();
    }

    public Result code(Document d) {
        String lang = d.lang().orElse("");
        if (!lexicon.hasLanguage(lang)) {
            return new Result(List.of(), List.of());
        }
        List<Event> events = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        Discourse discourse = new Discourse();
        discourse.mainActors(Counterparts.mainActors(d));
        for (Sentence s : d.sentences()) {
            if (s.endToken() > d.tokens().size() || s.endToken() <= s.firstToken()) {
                continue;
            }
            SentenceView v = SentenceView.of(d, s, lang, grammar);
            List<TriggerMatch> found = matcher.find(v);
            if (found.isEmpty() && !lang.equals(FALLBACK) && lexicon.hasLanguage(FALLBACK)) {
                SentenceView en = SentenceView.of(d, s, FALLBACK, grammar);
                List<TriggerMatch> enFound = matcher.find(en);
                if (!enFound.isEmpty() && englishLooking(en)) {
                    v = en;
                    found = enFound;
                }
            }
            found = finder.withInvitedVisits(v, found);
            for (TriggerMatch m : found) {
                decisions.add(decide(v, m, found, discourse, events));
            }
            if (!discourse.hasSourceIn(s.index())) {
                for (Candidate c : v.candidates()) {
                    if (c.isActor() && finder.prepBefore(v, c, null).isEmpty()) {
                        discourse.rememberSource(c, s.index());
                        break;
                    }
                }
            }
            discourse.endSentence(v);
        }
        List<Event> dated = discourse.withInheritedDates(events);
        return new Result(merger.merge(d.id(), GroupExpansion.expand(d.id(), d.mentions(), dated)), decisions);
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

    /**
     * Drops word-order targets that stand past a verb trigger conjoined after this one: they are that verb's
     * right after a coordinating word ("agradeció a España su apoyo y acusó a Rusia": Rusia is not the target of
     * apoyo).
     */
    private Arguments withoutTargetsPastConjoinedVerb(SentenceView v, TriggerMatch m, List<TriggerMatch> found,
                                                      Arguments a) {
        if (!a.targetHow().byWindow()) {
            return a;
        }
        for (TriggerMatch o : found) {
            int before = o.first() - 1;
            if (o.first() > m.last() + 1 && v.is(grammar, Kind.COORD, before) && !v.norm(before).equals(",")
                    && sources.conjoinedVerb(v, o)) {
                List<Candidate> kept = a.targets().stream().filter(t -> t.first() < o.first()).toList();
                if (kept.size() < a.targets().size()) {
                    return a.withTargets(kept, a.targetHow());
                }
            }
        }
        return a;
    }

    /**
     * Drops a located target ({@link LocatedObjects}) of a trigger that stands inside another trigger's words, or
     * of an event noun that a verb trigger before it governs: "blamed the attack on militants based in Pakistan"
     * locates the accused, not the target of the attack.
     */
    private static Arguments withoutLocatedTargetInsideAnother(TriggerMatch m, List<TriggerMatch> found, Arguments a) {
        if (a.targetHow().via() != Arguments.Via.LOCATED_OBJECT) {
            return a;
        }
        for (TriggerMatch o : found) {
            boolean inside = o.first() < m.first() && m.last() < o.last();
            boolean governed = "NOUN".equals(m.entry().pos()) && "VERB".equals(o.entry().pos()) && o.last() < m.first();
            if (o != m && (inside || governed)) {
                return a.withTargets(List.of(), Arguments.Found.NONE);
            }
        }
        return a;
    }

    /**
     * The character offset from which the sentence tells a later event: the first comma after a later trigger
     * ("осудил новые санкции ЕС, введенные в понедельник": the Monday dates the sanctions, not the condemnation).
     */
    private static int laterEventBound(SentenceView v, TriggerMatch m, List<TriggerMatch> found) {
        for (TriggerMatch o : found) {
            if (o.first() > m.last()) {
                for (int i = o.last() + 1; i < v.size(); i++) {
                    if (v.norm(i).equals(",") && !v.inMention(i)) {
                        return v.token(i).span().start();
                    }
                }
                return Integer.MAX_VALUE;
            }
        }
        return Integer.MAX_VALUE;
    }

    private Decision decide(SentenceView v, TriggerMatch matched, List<TriggerMatch> found, Discourse ds, List<Event> out) {
        TriggerEntry e = matched.entry();
        TriggerMatch m = finder.frame(v, matched);
        Arguments a = withoutLocatedTargetInsideAnother(m, found,
                withoutTargetsPastConjoinedVerb(v, m, found, finder.find(v, m)));
        int idx = v.sentence().index();
        a = counterparts.resolve(v, m, sources.recover(v, m, a, ds), ds);
        Modality mod = modality.of(v, m);
        Optional<String> modal = codeOf(mod, e).map(c -> mod == Modality.ASSERTED ? askedFor(v, m, found, c) : c);
        int cs = finder.clauseStart(v, m.first());
        int ce = finder.clauseEnd(v, m.last());
        DateResolver.Dated date = dates.resolve(v, m, cs, ce, ds.fallbackDate(), laterEventBound(v, m, found));
        if (!date.basis().ownExpression() && pluperfect(v, m)) {
            Optional<PartialDate> earlier = DateResolver.lastBefore(v, v.token(m.first()).span().start());
            if (earlier.isPresent()) {
                date = new DateResolver.Dated(earlier, DateResolver.Basis.PLUPERFECT_SENTENCE);
            } else if (ds.lastDate().isPresent()) {
                date = new DateResolver.Dated(ds.lastDate(), DateResolver.Basis.PLUPERFECT_LAST_GIVEN);
            }
        }
        Span span = new Span(v.token(m.first()).span().start(), v.token(m.last()).span().end());
        String trig = span.of(v.doc().text());
        String entry = e.phrase() + " → " + e.code() + " (" + e.origin() + ")";
        List<String> src = describe(a.sources(), a.sourceHow().describe());
        List<String> tgt = describe(a.targets(), a.targetHow().describe());
        String dated = date.date().map(PartialDate::toString).orElse("none") + " from " + date.how();
        if (modal.isEmpty()) {
            return new Decision(idx, trig, span, entry, src, tgt, mod, dated, List.of(), "not coded: " + mod.label());
        }
        String code = modal.get();
        if (codebook.is(code, Codebook.Trait.VISIT) && a.targetHow().via() == Arguments.Via.SUMMIT_HOLDER) {
            code = codebook.unspecified(code); // taking part in an organisation's summit is consulting it (GUIDELINES.md)
        }
        if (a.sources().isEmpty()) {
            return new Decision(idx, trig, span, entry, src, tgt, mod, dated, List.of(), "not coded: no source actor");
        }
        List<Candidate> targets = a.targets().isEmpty() ? GroupExpansion.selfTargets(a.sources(), code) : a.targets();
        if (targets.isEmpty()) {
            return new Decision(idx, trig, span, entry, src, tgt, mod, dated, List.of(), "not coded: no target actor");
        }
        Optional<PlaceRef> place = details.place(v, m, a);
        a = GroupExpansion.hostFirst(a, place);
        if (a.targetHow().via() == Arguments.Via.COORDINATED_WITH_SOURCE) {
            targets = a.targets();
        }
        double conf = EventDetails.confidence(a, v.parsed());
        List<String> coded = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Candidate s : a.sources()) {
            for (Candidate t : targets) {
                Optional<ActorRef> sa = s.asActor();
                Optional<ActorRef> ta = located.country(v, t, code).or(t::asActor);
                Optional<String> sk = sa.flatMap(ActorRef::key);
                Optional<String> tk = ta.flatMap(ActorRef::key);
                if (sk.isEmpty() || tk.isEmpty()) {
                    skipped.add("actor without country or organisation key");
                    continue;
                }
                if (sk.equals(tk) && !GroupExpansion.isGroup(sk)) {
                    skipped.add("same country both sides (" + sk.get() + ")");
                    continue;
                }
                Span ev = EventDetails.evidence(v, m, s, t);
                Event event = new Event("", code, code.substring(0, 2), CameoCode.quadClassOfRoot(code.substring(0, 2)),
                        codebook.goldstein(code), date.date(), sa.get(), ta.get(), place,
                        List.of(new EventMention(v.doc().id(), idx, ev, Optional.of(span))), conf);
                out.add(event);
                ds.dated(event, date.basis());
                coded.add(sk.get() + "→" + tk.get() + " " + code);
                if (!a.sourceHow().fromDiscourse() && v.candidates().contains(s) && v.candidates().contains(t)) {
                    ds.rememberPair(s, t, idx);
                }
            }
        }
        String reason = coded.isEmpty() ? "not coded: " + String.join("; ", skipped) : "coded";
        return new Decision(idx, trig, span, entry, src, tgt, mod, dated, coded, reason);
    }

    /**
     * The code of the act as told (events/intent.tsv): a negated noun ("no agreement", "sin apoyo") tells that
     * nothing happened, never a rejection, so only a negated verb takes the table's negated code.
     */
    private Optional<String> codeOf(Modality mod, TriggerEntry e) {
        if (mod == Modality.NEGATED && e.pos().equals("NOUN")) {
            return Optional.empty();
        }
        return modalCodes.of(mod, e.code());
    }

    /**
     * An appeal or demand (the codebook's appeal and demand traits: roots 02 and 10) takes the code of the act it
     * asks for (events/intent.tsv columns appeal and demand): "urged Belarus to release Protasevich" is 0253,
     * "demanded ... to withdraw" 106.
     */
    private String askedFor(SentenceView v, TriggerMatch m, List<TriggerMatch> found, String code) {
        String column = codebook.is(code, Codebook.Trait.APPEAL) ? Codebook.Trait.APPEAL.column()
                : codebook.is(code, Codebook.Trait.DEMAND) ? Codebook.Trait.DEMAND.column() : "";
        if (column.isEmpty()) {
            return code;
        }
        for (TriggerMatch o : found) {
            if (o != m && modality.asksFor(v, m, o)) {
                return modalCodes.column(column, o.entry().code()).orElse(code);
            }
        }
        return code;
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


}
