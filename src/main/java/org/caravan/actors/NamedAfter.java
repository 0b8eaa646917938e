package org.caravan.actors;

import java.util.Optional;
import org.caravan.actors.Entry.Kind;
import org.caravan.model.ActorRef;

/**
 * The person a title or role names right after it: a known person ("le président Tokaïev", {@link Apposition}), or
 * an unknown name it introduces as a person of a country's body ("US envoy Zalmay Khalilzad",
 * {@link Introductions}). Shared by {@link TitleRule} and {@link RoleRule}. One per document; not thread-safe.
 */
final class NamedAfter {

    private final Resolution r;
    private final Apposition apposition;
    private final Introductions introductions;

    NamedAfter(Resolution r, Apposition apposition, Introductions introductions) {
        this.r = r;
        this.apposition = apposition;
        this.introductions = introductions;
    }

    /**
     * Emits the known person right after lexeme {@code last} as the actor of the span, the reason naming the title
     * or role ({@code what}: "title 'président'"); false, emitting nothing, when no known person follows.
     */
    boolean knownPerson(Lexeme span, int last, String what) {
        Optional<Integer> name = apposition.after(last);
        if (name.isEmpty()) {
            return false;
        }
        Entry p = r.lex.get(name.get()).first(Kind.PERSON).get();
        r.emitPerson(span, r.personAt.getOrDefault(name.get(), p.target()), what + " before the name " + p.alias());
        return true;
    }

    /** The unknown capitalised name right after lexeme {@code last}, as {first, end} word indexes. */
    Optional<int[]> unknownName(int last) {
        return introductions.nameAfter(last);
    }

    /** Makes the name a person of the body of that country or organisation and role ({@link Resolution#bodyRef}). */
    void introduce(Lexeme span, int[] name, String key, String role, String why) {
        ActorRef body = r.bodyRef(key, role);
        introductions.introduce(span, name, body.key().get(), body.code(), why);
    }
}
