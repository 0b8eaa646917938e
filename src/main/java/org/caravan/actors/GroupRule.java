package org.caravan.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caravan.actors.Entry.Kind;
import org.caravan.model.ActorRef;
import org.caravan.model.Mention;
import org.caravan.model.Span;

/**
 * A group phrase (group-phrases.tsv: "the two countries", "beide Seiten", "стороны", "G7 leaders", "C5+1") stands
 * for the set of actors it denotes: the last N the document named (each a different country or organisation, in
 * the order named), or the members of a format or region with no organisation entry (C5+1, the Gulf states) on the
 * document's date (memberships.tsv), a format's hub first. The mention carries the group as its actor (key
 * {@code group:...}, code {@code GRP}) and the members; the event stage expands a group's events, one dyad per
 * member. The members of an organisation that has its own entry ("G7 leaders", "EU member states", "the member
 * states" after the SCO) are the organisation itself, one actor, as the coding guidelines code it. A phrase must be written as the data
 * spells it (endings included: Russian "стороны", not "стороне"); with too few actors named it stays unresolved.
 */
final class GroupRule implements Rule {

    /** In a phrase and its refers cell of group-phrases.tsv, stands for each number of number-words.tsv. */
    static final String NUMBER = "{N}";
    /** In a refers cell, "named + KIND": every actor of that kind named within the window, at least two. */
    private static final String ALL = "+";
    /**
     * In a refers cell, "told GROUP": the member states of GROUP the document has named before within the list
     * window, at least two ("Spain, France and Britain ... the European states"); else as "members GROUP".
     */
    private static final String TOLD = "told";
    /** At most this many actors for a bare plural ("the leaders"); with more it stays unresolved. */
    private static final int MAX_ALL = 6;

    /** At most this many states looked at for a "told" group. */
    private static final int MAX_TOLD = 12;

    /** How far back the named actors of "the two countries" may be, in sentences. */
    private static final int WINDOW = 5;
    /**
     * How far back a list of exactly that many actors may be: a report names its pair in the lead ("India and
     * Pakistan agreed") and calls them "both countries" paragraphs later, after quotes that name no one.
     */
    private static final int LIST_WINDOW = 10;
    /** After these and before its owner, a group word is part of another phrase ("со стороны России": on Russia's part). */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("oblique", "locative", "of");

    private final Resolution r;

    GroupRule(Resolution r) {
        this.r = r;
    }

    /** Whether a refers cell of group-phrases.tsv is well formed. */
    static boolean validSpec(String spec) {
        return spec.matches("named ([2-9]|\\+) (country|person|any)") || spec.matches("(members|told) [A-Za-z0-9]+");
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        Optional<Entry> entry = x.all(Kind.GROUP).stream().filter(e -> writtenAs(e, x)).findFirst();
        if (entry.isEmpty()) {
            return false;
        }
        if (x.start() > 0 && r.words.get(x.start()).joined() && PREPOSITIONS.contains(r.around.function(x.start() - 1))
                && ownerAfter(k)) {
            return true;
        }
        Entry e = entry.get();
        String[] spec = e.target().split(" ");
        if (spec[0].equals("named")) {
            if (x.end() < r.words.size() && r.around.function(x.end()).equals("of")) {
                return false; // "the leaders of the EU", "les dirigeants de l'UE": the complement says who
            }
            List<ActorRef> named = spec[1].equals(ALL) ? bare(k, spec[2], e.detail())
                    : named(k, Integer.parseInt(spec[1]), spec[2], e.detail());
            group(k, e, spec[0], speakerFirst(k, named));
            return true;
        }
        Optional<String> org = organisation(spec[1]);
        if (spec[0].equals(TOLD) && org.isPresent()) {
            List<ActorRef> told = told(k, org.get(), e.detail());
            if (told.size() >= 2) {
                group(k, e, TOLD, told);
                return true;
            }
        }
        if (org.isPresent() && r.kb.name(org.get()).isPresent()) {
            // "G7 leaders", "EU member states", "the member states": an organisation with its own entry is itself.
            r.markUsed(k, k);
            r.emit(x, r.actor(org.get(), org.get()), "group '" + e.alias() + "', as the organisation");
            return true;
        }
        group(k, e, spec[0], org.map(g -> members(g, e.detail())).orElse(List.of()));
        return true;
    }

    /**
     * Whether a country, organisation or "of" follows the group word at once ("со стороны России", "de la part de
     * la France"): the words then say whose part, not a group; "to both countries", "between the three parties"
     * stay groups.
     */
    private boolean ownerAfter(int k) {
        Lexeme x = r.lex.get(k);
        if (x.end() < r.words.size() && r.words.get(x.end()).joined() && r.around.function(x.end()).equals("of")) {
            return true;
        }
        return k + 1 < r.lex.size() && r.around.adjacent(k, k + 1) && r.around.countryLike(r.lex.get(k + 1));
    }

    /** A group mention of those members (at least two), else nothing: the phrase stays unresolved. */
    private void group(int k, Entry e, String kind, List<ActorRef> members) {
        if (members.size() < 2) {
            return;
        }
        Lexeme x = r.lex.get(k);
        String id = Mention.GROUP + kind + ":" + r.words.get(x.start()).start();
        List<String> keys = members.stream().map(m -> m.key().orElse(m.id())).toList();
        ActorRef group = new ActorRef(id, e.alias(), Optional.of(id), "GRP");
        Span s = new Span(r.words.get(x.start()).start(), r.words.get(x.end() - 1).end());
        r.markUsed(k, k);
        r.addGroup(new Mention(s, s.of(r.text), Optional.of(group), Optional.empty(), "group '" + e.alias() + "' ("
                + e.target() + "): " + String.join(", ", keys), members));
    }

    /** The group itself, or for "members last" the latest organisation named that has members in the data. */
    private Optional<String> organisation(String group) {
        if (!group.equals("last")) {
            return Optional.of(group);
        }
        List<Mention> seen = r.mentions();
        for (int i = seen.size() - 1; i >= 0; i--) {
            Optional<String> key = seen.get(i).actor().flatMap(ActorRef::key);
            if (key.isPresent() && !r.kb.isCountry(key.get()) && r.kb.hasMembers(key.get())) {
                return key;
            }
        }
        return Optional.empty();
    }

    /**
     * The states named before lexeme {@code k} within {@link #LIST_WINDOW} sentences that are members of the group
     * on the document's date, each once, in the order first named: the ones the article told of before it calls
     * them "the European states", "les pays européens", "die Europäer".
     */
    private List<ActorRef> told(int k, String group, String role) {
        List<String> members = r.kb.members(group, r.date);
        List<ActorRef> out = new ArrayList<>();
        for (ActorRef a : collect(MAX_TOLD, "country", role, r.sentenceOf(k) - LIST_WINDOW, r.sentenceOf(k))) {
            if (members.contains(a.key().get())) {
                out.add(a);
            }
        }
        return out;
    }

    private List<ActorRef> members(String group, String role) {
        return r.kb.members(group, r.date).stream().map(m -> r.actor(m, r.code(m, role))).toList();
    }

    /**
     * The {@code n} actors a number phrase ("the two countries", "les trois parties") stands for: the latest list of
     * exactly that many told together within the window ({@link Coordination}: the pair a report introduces, "India
     * and Pakistan", before it calls them "both countries"), else the last {@code n} of that kind named before
     * lexeme {@code k}, else none.
     */
    private List<ActorRef> named(int k, int n, String kind, String role) {
        int sentence = r.sentenceOf(k);
        List<ActorRef> listed = Coordination.latestList(r, k, n, LIST_WINDOW, m -> member(m, kind, role));
        if (!listed.isEmpty()) {
            return listed;
        }
        List<ActorRef> found = collect(n, kind, role, sentence - WINDOW, sentence);
        return found.size() == n ? found : List.of();
    }

    /**
     * The actors of a bare plural ("the leaders", "the parties"): the people of different countries named within
     * the window (reports tell a meeting by its people: "Pashinyan had a call with Putin, during which the parties
     * discussed"), else, for parties and countries, the actors of the nearest sentence that names two or more;
     * none when more than {@link #MAX_ALL}.
     */
    private List<ActorRef> bare(int k, String kind, String role) {
        int sentence = r.sentenceOf(k);
        List<ActorRef> people = collect(MAX_ALL + 1, "person", role, sentence - WINDOW, sentence);
        if (people.size() >= 2 || kind.equals("person")) {
            return people.size() >= 2 && people.size() <= MAX_ALL ? people : List.of();
        }
        for (int s = sentence; s >= Math.max(0, sentence - WINDOW); s--) {
            List<ActorRef> in = collect(MAX_ALL + 1, kind, role, s, s);
            if (in.size() >= 2) {
                return in.size() <= MAX_ALL ? in : List.of();
            }
        }
        return List.of();
    }

    /**
     * Up to {@code n} actors of that kind named before the current lexeme in sentences {@code from} to {@code to},
     * the latest first found, each of another key, returned in text order.
     */
    private List<ActorRef> collect(int n, String kind, String role, int from, int to) {
        List<ActorRef> found = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Mention> seen = r.mentions();
        for (int i = seen.size() - 1; i >= 0 && found.size() < n; i--) {
            Mention m = seen.get(i);
            int w = r.wordAt(m.span().start());
            int sentence = w >= 0 ? r.words.get(w).sentence() : to;
            if (sentence < from) {
                break;
            }
            if (sentence > to) {
                continue;
            }
            Optional<ActorRef> a = member(m, kind, role);
            if (a.isPresent() && !keys.contains(a.get().key().get())) {
                keys.add(0, a.get().key().get());
                found.add(0, a.get());
            }
        }
        return found;
    }

    /** The actor a mention gives a group of that kind (country, person, any), with the members' role; else none. */
    private Optional<ActorRef> member(Mention m, String kind, String role) {
        if (m.actor().isEmpty() || m.isGroup()) {
            return Optional.empty();
        }
        ActorRef a = m.actor().get();
        Optional<String> key = a.key().filter(c -> !c.startsWith(Mention.GROUP) && !c.equals("WST"));
        boolean person = r.kb.person(a.id()).isPresent() || r.introduced.containsKey(a.id());
        boolean fits = switch (kind) {
            case "country" -> key.filter(r.kb::isCountry).isPresent();
            case "person" -> person && key.isPresent();
            default -> key.isPresent();
        };
        if (!fits) {
            return Optional.empty();
        }
        return Optional.of(person || !r.kb.isCountry(key.get()) ? a : r.actor(key.get(), r.code(key.get(), role)));
    }

    /**
     * The members with the first one named earlier in the phrase's own sentence moved to the front, as the hub: the
     * one who tells of the group's act ("Kishida said the two leaders agreed": Japan toward Korea).
     */
    private List<ActorRef> speakerFirst(int k, List<ActorRef> members) {
        int sentence = r.sentenceOf(k);
        int start = r.words.get(r.lex.get(k).start()).start();
        for (Mention m : r.mentions()) {
            int w = r.wordAt(m.span().start());
            if (w < 0 || r.words.get(w).sentence() != sentence || m.span().start() >= start || m.actor().isEmpty()) {
                continue;
            }
            Optional<String> key = m.actor().get().key();
            for (int i = 1; i < members.size(); i++) {
                if (members.get(i).key().equals(key)) {
                    List<ActorRef> out = new ArrayList<>(members);
                    out.add(0, out.remove(i));
                    return List.copyOf(out);
                }
            }
            if (members.stream().anyMatch(a -> a.key().equals(key))) {
                return members;
            }
        }
        return members;
    }

    /** Whether the text has the alias's very words, endings included. */
    private boolean writtenAs(Entry e, Lexeme x) {
        List<Words.Word> aw = Words.split(e.alias());
        if (aw.size() != x.end() - x.start()) {
            return false;
        }
        for (int i = 0; i < aw.size(); i++) {
            if (!Normalizer.fold(aw.get(i).text()).equals(Normalizer.fold(r.words.get(x.start() + i).text()))) {
                return false;
            }
        }
        return true;
    }
}
