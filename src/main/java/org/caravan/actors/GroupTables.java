package org.caravan.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.caravan.actors.Entry.Kind;

/**
 * The loader's part for groups: number words (number-words.tsv), group phrases (group-phrases.tsv), who belongs
 * to which organisation or format (memberships.tsv) and which organ or agency is part of which organisation
 * (organisation-parts.tsv). Not thread-safe; one per load.
 */
final class GroupTables {

    private final KnowledgeBaseLoader loader;
    private final List<Memberships.Membership> memberships = new ArrayList<>();
    private final Map<String, String> parts = new HashMap<>();
    /** Language to number to its words (number-words.tsv), for the {N} of group phrases. */
    private final Map<String, Map<Integer, List<String>>> numberWords = new HashMap<>();

    GroupTables(KnowledgeBaseLoader loader) {
        this.loader = loader;
    }

    Memberships memberships() {
        return new Memberships(memberships, parts);
    }

    /** A group phrase: its refers spec ("named 2 country", "members GCC") as target, its members' role as detail. */
    void groupPhrase(Tsv.Row row) {
        String refers = row.required(2, "refers");
        String phrases = row.required(1, "phrase");
        String lang = KnowledgeBaseLoader.lang(row, 0);
        if (phrases.contains(GroupRule.NUMBER) != refers.contains(GroupRule.NUMBER)) {
            throw row.error("{N} must stand in both the phrase and the refers cell, or in neither");
        }
        if (!phrases.contains(GroupRule.NUMBER)) {
            groupAliases(row, refers, lang, phrases);
            return;
        }
        Map<Integer, List<String>> numbers = numberWords.getOrDefault(lang, Map.of());
        if (numbers.isEmpty()) {
            throw row.error("{N} but no number words for language '" + lang + "' (number-words.tsv)");
        }
        for (Map.Entry<Integer, List<String>> n : numbers.entrySet()) {
            List<String> expanded = new ArrayList<>();
            for (String alias : Tsv.list(phrases)) {
                for (String word : n.getValue()) {
                    expanded.add(alias.replace(GroupRule.NUMBER, word));
                }
                expanded.add(alias.replace(GroupRule.NUMBER, String.valueOf(n.getKey())));
            }
            groupAliases(row, refers.replace(GroupRule.NUMBER, String.valueOf(n.getKey())), lang,
                    String.join("|", expanded));
        }
    }

    private void groupAliases(Tsv.Row row, String refers, String lang, String phrases) {
        if (!GroupRule.validSpec(refers)) {
            throw row.error("bad refers '" + refers + "' (named N|{N}|+ country|person|any, members GROUP, members last)");
        }
        loader.aliases(row, Kind.GROUP, refers, KnowledgeBaseLoader.role(row, 3), lang, phrases);
    }

    /** Number words (number-words.tsv): the forms of one number from 2 to 9 in one language. */
    void numberWord(Tsv.Row row) {
        String lang = KnowledgeBaseLoader.lang(row, 0);
        String cell = row.required(1, "number");
        if (!cell.matches("[2-9]")) {
            throw row.error("bad number '" + cell + "' (2 to 9)");
        }
        numberWords.computeIfAbsent(lang, k -> new TreeMap<>())
                .computeIfAbsent(Integer.parseInt(cell), k -> new ArrayList<>()).addAll(Tsv.list(row.required(2, "words")));
    }

    void membership(Tsv.Row row) {
        String group = row.required(0, "group");
        String member = row.required(1, "member");
        String role = row.get(4);
        if (!role.isEmpty() && !role.equals("member") && !role.equals("hub")) {
            throw row.error("unknown role '" + role + "' (member or hub)");
        }
        Optional<LocalDate> from = row.get(2).isEmpty() ? Optional.empty()
                : Optional.of(KnowledgeBaseLoader.date(row, row.get(2), true));
        Optional<LocalDate> to = row.get(3).isEmpty() ? Optional.empty()
                : Optional.of(KnowledgeBaseLoader.date(row, row.get(3), false));
        loader.keyUse(row, member);
        memberships.add(new Memberships.Membership(group, member, from, to, role.equals("hub")));
    }

    /** An organ or agency (UNSC) and the organisation whose key its events carry (UN). */
    void part(Tsv.Row row) {
        String part = row.required(0, "part");
        String of = row.required(1, "of");
        if (part.equals(of)) {
            throw row.error("'" + part + "' cannot be part of itself");
        }
        loader.keyUse(row, part);
        loader.keyUse(row.where() + " (of)", of);
        parts.put(part, of);
    }
}
