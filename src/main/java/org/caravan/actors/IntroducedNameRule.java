package org.caravan.actors;

/**
 * Later mentions of a person the document introduced ("US envoy Zalmay Khalilzad" ... "Khalilzad"): a fuzzy
 * match that spells an introduced name is that person, not the known name it was close to; and before any other
 * lexeme is read, the words up to it are read for the full name or surname of an introduced person.
 */
final class IntroducedNameRule implements Rule {

    private final Resolution r;
    private final Introductions introductions;

    IntroducedNameRule(Resolution r, Introductions introductions) {
        this.r = r;
        this.introductions = introductions;
    }

    @Override
    public boolean apply(int k) {
        Lexeme x = r.lex.get(k);
        String keys = introductions.keysOf(x.start(), x.end());
        if (x.match() == Lexeme.Match.FUZZY && r.introducedNames.containsKey(keys)) {
            String pid = r.introducedNames.get(keys);
            r.emitPerson(x, pid, "later mention of " + r.nameOf(pid));
            return true;
        }
        introductions.laterMentions(x.start());
        r.scanned = Math.max(r.scanned, x.end());
        return false;
    }
}
