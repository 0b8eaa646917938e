package org.caravan.actors;

/**
 * What one alias stands for in the index.
 *
 * @param kind   what sort of thing it names
 * @param target a person or place id, or a key (ISO alpha-3, organisation acronym, WST); empty for a title
 *               valid in every country, a role word or a function word
 * @param detail the office of a title, the role of a role word or a seat, the function of a function word
 * @param lang   the language the alias belongs to, or {@code *} for names valid in every language
 * @param alias  the alias as written in the data
 * @param source file and line it came from
 * @param caseRule how the case of the text must agree with the alias
 * @param usual    for a title, the country it means when no country is beside it (the Secretary of State is the
 *                 United States'), else empty
 */
record Entry(Kind kind, String target, String detail, String lang, String alias, String source, CaseRule caseRule,
             String usual) {

    Entry(Kind kind, String target, String detail, String lang, String alias, String source) {
        this(kind, target, detail, lang, alias, source, CaseRule.of(alias), "");
    }

    Entry(Kind kind, String target, String detail, String lang, String alias, String source, String usual) {
        this(kind, target, detail, lang, alias, source, CaseRule.of(alias), usual);
    }

    enum Kind {
        PERSON, ORGANISATION, MOVEMENT, SEAT, TITLE, ROLE, COUNTRY, PLACE, ADJECTIVE, FUNCTION, GROUP;

        /** Whether an inflected word (plural, feminine, case ending) may match it. */
        boolean inflects() {
            return this == ADJECTIVE || this == COUNTRY || this == TITLE || this == ROLE;
        }
    }

    enum CaseRule {
        /** An acronym: every letter upper case in the text too. */
        UPPER,
        /** A proper name: the text starts with a capital. */
        CAPITAL,
        /** A common word: any case. */
        ANY;

        static CaseRule of(String alias) {
            long letters = alias.codePoints().filter(Character::isLetter).count();
            long upper = alias.codePoints().filter(Character::isUpperCase).count();
            if (letters > 1 && upper == letters && alias.codePoints().noneMatch(Character::isWhitespace)) {
                return UPPER;
            }
            return upper > 0 && Character.isUpperCase(alias.codePointAt(firstLetter(alias))) ? CAPITAL : ANY;
        }

        private static int firstLetter(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetter(s.charAt(i))) {
                    return i;
                }
            }
            return 0;
        }
    }
}
