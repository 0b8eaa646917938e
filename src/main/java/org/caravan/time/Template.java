package org.caravan.time;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's value template from the groups of its match: {@code $n} is the text of group n and
 * {@code {f:$n}} applies function {@code f} to it, where {@code f} is a word list's name or one of the
 * built-ins {@code num} (a number in digits or from the {@code number} list), {@code numxK} (that number times K), {@code dd} (a number on two
 * digits), {@code mm} (minutes on two digits, 00 when the group is absent), {@code pm} (an afternoon hour
 * on the 24-hour clock), {@code year} (a year, two-digit years put in the century nearest the reference year) and
 * {@code dec} (a decade: "90", "1990", "90s" give "199"). The result may still hold the relative functions
 * ({@code @rel(...)}) that {@link Resolver} computes. Stateless and thread-safe.
 */
final class Template {

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+):\\$(\\d+)}|\\$(\\d+)");

    private Template() {
    }

    /** The filled template, or empty when a slot cannot be filled (unknown word, number out of range). */
    static Optional<String> fill(String template, MatchResult match, WordLists words, Optional<Integer> refYear) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int g = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(3));
            if (g > match.groupCount()) {
                return Optional.empty();
            }
            String text = match.group(g);
            if (text == null && !"mm".equals(m.group(1))) {
                return Optional.empty();
            }
            Optional<String> v = m.group(1) == null ? Optional.of(text) : apply(m.group(1), text, words, refYear);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v.get()));
        }
        m.appendTail(sb);
        return Optional.of(sb.toString());
    }

    static Optional<String> apply(String function, String text, WordLists words, Optional<Integer> refYear) {
        return switch (function) {
            case "num" -> number(text, words).map(String::valueOf);
            case "dd" -> number(text, words).filter(n -> n < 100).map(n -> String.format("%02d", n));
            case "mm" -> text == null ? Optional.of("00")
                    : number(text, words).filter(n -> n < 60).map(n -> String.format("%02d", n));
            case "pm" -> number(text, words).filter(n -> n >= 1 && n <= 12).map(n -> String.format("%02d", n % 12 + 12));
            case "year" -> year(text, refYear);
            case "dec" -> decade(text, refYear);
            default -> function.matches("numx\\d+")
                    ? number(text, words).map(n -> String.valueOf(n * Integer.parseInt(function.substring(4))))
                    : words.lookup(function, text);
        };
    }

    static Optional<Integer> number(String text, WordLists words) {
        String t = text.strip().replace(",", ".");
        if (t.matches("\\d{1,6}")) {
            return Optional.of(Integer.parseInt(t));
        }
        return words.lookup("number", t).map(Integer::parseInt);
    }

    static Optional<String> year(String text, Optional<Integer> refYear) {
        String t = text.strip().replaceFirst("^['’]", "");
        if (t.matches("\\d{4}")) {
            return Optional.of(t);
        }
        if (!t.matches("\\d{2}")) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(t);
        int ref = refYear.orElse(2000);
        int y = (ref / 100) * 100 + yy;
        if (y > ref + 20) {
            y -= 100;
        } else if (y <= ref - 80) {
            y += 100;
        }
        return Optional.of(String.valueOf(y));
    }

    static Optional<String> decade(String text, Optional<Integer> refYear) {
        String t = text.strip().replaceFirst("^['’]", "").replaceFirst("(?i)['’]?s$", "");
        if (t.matches("\\d{3}0")) {
            return Optional.of(t.substring(0, 3));
        }
        if (t.matches("\\d0")) {
            return year(t, refYear.map(y -> y - 9)).map(y -> y.substring(0, 3));
        }
        return Optional.empty();
    }
}
