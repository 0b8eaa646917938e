package org.caravan.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.caravan.model.Mention;

/**
 * Resolves the lexemes of one document to mentions by a chain of rules, one per kind of mention: each lexeme not
 * yet taken goes down the chain until a rule takes it. Order matters: later mentions of introduced people first,
 * then what a following title or role will take, people, titles, roles, movements, organisations, ignored
 * phrases, seats of power, places and countries, adjectives, pronouns. One per document; not thread-safe.
 */
final class Resolver {

    private final Resolution r;
    private final Introductions introductions;
    private final List<Rule> chain;

    Resolver(KnowledgeBase kb, String text, String lang, LocalDate date, boolean dated) {
        this.r = new Resolution(kb, text, lang, date, dated);
        this.introductions = new Introductions(r);
        PersonRule people = new PersonRule(r);
        Apposition apposition = new Apposition(r, people);
        this.chain = List.of(
                new IntroducedNameRule(r, introductions),
                new GroupRule(r),
                new BeforeTitleOrRoleRule(r),
                people,
                new TitleRule(r, apposition, introductions),
                new RoleRule(r, apposition, introductions),
                new MovementRule(r),
                new OrganisationRule(r),
                new IgnoreRule(r),
                new SeatRule(r),
                new PlaceRule(r),
                new AdjectiveRule(r),
                new PronounRule(r),
                new ObjectPronounRule(r));
    }

    List<Mention> resolve() {
        for (int k = 0; k < r.lex.size(); k++) {
            if (r.used[k] || r.taken[r.lex.get(k).start()]) {
                continue;
            }
            for (Rule rule : chain) {
                if (rule.apply(k)) {
                    break;
                }
            }
        }
        introductions.laterMentions(r.words.size());
        List<Mention> out = new java.util.ArrayList<>(r.mentions());
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** Whether an office-holder was looked up at today's date because the document had none. */
    boolean usedToday() {
        return r.usedToday();
    }
}
