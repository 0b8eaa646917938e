package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every UN member state ({@code world/un-members.tsv}) has a head of state and a head of government in the bundled
 * {@code offices.tsv} for every day from 1991 (or its independence) to the day the data is current as of, except
 * the gaps {@code world/coverage-gaps.tsv} lists with a reason. A hand-over gap of up to {@link #HANDOVER_DAYS}
 * days (an acting holder, an interregnum the data does not model) is not counted. Prints the count of listed gaps
 * and writes every gap found to {@code target/world-coverage-gaps.tsv}.
 */
class WorldCoverageTest {

    static final int HANDOVER_DAYS = 31;
    private static final List<String> OFFICES = List.of("head_of_state", "head_of_government");

    /** A period without a known holder; {@code open} is the date the data is current as of (an open-ended gap). */
    record Gap(String country, String office, LocalDate from, LocalDate to, LocalDate open) {

        Gap(String country, String office, LocalDate from, LocalDate to) {
            this(country, office, from, to, LocalDate.MAX);
        }

        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }

        boolean within(Gap listed) {
            return listed.country().equals(country) && listed.office().equals(office)
                    && !listed.from().isAfter(from) && !listed.to().isBefore(to);
        }

        @Override
        public String toString() {
            return country + "\t" + office + "\t" + from + "\t" + (to.equals(open) ? "" : to);
        }
    }

    private static List<String[]> rows(String resource) throws IOException {
        InputStream in = WorldCoverageTest.class.getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    private static LocalDate start(String s) {
        if (s.length() == 4) {
            return LocalDate.of(Integer.parseInt(s), 1, 1);
        }
        return s.length() == 7 ? YearMonth.parse(s).atDay(1) : LocalDate.parse(s);
    }

    private static LocalDate end(String s, LocalDate open) {
        if (s.isEmpty()) {
            return open;
        }
        if (s.length() == 4) {
            return LocalDate.of(Integer.parseInt(s), 12, 31);
        }
        return s.length() == 7 ? YearMonth.parse(s).atEndOfMonth() : LocalDate.parse(s);
    }

    /** The uncovered periods of each member's two offices, hand-overs of a month or less left out. */
    static List<Gap> uncovered(LocalDate until) throws IOException {
        Map<String, List<LocalDate[]>> terms = new HashMap<>();
        for (String[] c : rows("/actors/offices.tsv")) {
            if (OFFICES.contains(c[1])) {
                terms.computeIfAbsent(c[1] + "@" + c[2], k -> new ArrayList<>())
                        .add(new LocalDate[] {start(c[3]), end(c[4], until)});
            }
        }
        List<Gap> gaps = new ArrayList<>();
        for (String[] m : rows("/actors/world/un-members.tsv")) {
            for (String office : OFFICES) {
                List<LocalDate[]> ts = new ArrayList<>(terms.getOrDefault(office + "@" + m[0], List.of()));
                ts.sort(Comparator.comparing(t -> t[0]));
                LocalDate covered = LocalDate.parse(m[1]).minusDays(1);
                for (LocalDate[] t : ts) {
                    if (t[0].isAfter(covered.plusDays(1))) {
                        gaps.add(new Gap(m[0], office, covered.plusDays(1), t[0].minusDays(1)));
                    }
                    if (t[1].isAfter(covered)) {
                        covered = t[1];
                    }
                }
                if (covered.isBefore(until)) {
                    gaps.add(new Gap(m[0], office, covered.plusDays(1), until, until));
                }
            }
        }
        return gaps.stream().filter(g -> g.days() > HANDOVER_DAYS).toList();
    }

    @Test
    void everyMemberStateHasItsHeadsOfStateAndGovernmentSince1991OrAListedGap() throws IOException {
        List<String[]> members = rows("/actors/world/un-members.tsv");
        assertThat(members).hasSize(193);
        List<Gap> listed = new ArrayList<>();
        for (String[] g : rows("/actors/world/coverage-gaps.tsv")) {
            assertThat(g).as("coverage-gaps.tsv row " + String.join(" ", g)).hasSize(5);
            assertThat(g[4]).as("reason of gap " + String.join(" ", g)).isNotBlank();
            listed.add(new Gap(g[0], g[1], LocalDate.parse(g[2]), g[3].isEmpty() ? LocalDate.MAX : LocalDate.parse(g[3])));
        }
        LocalDate until = KnowledgeBase.bundled().currentAsOf();
        List<Gap> found = uncovered(until);
        List<Gap> unlisted = found.stream().filter(g -> listed.stream().noneMatch(g::within)).toList();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/world-coverage-gaps.tsv"),
                found.stream().map(Gap::toString).toList(), StandardCharsets.UTF_8);
        long countries = found.stream().map(Gap::country).distinct().count();
        System.out.println("WorldCoverageTest: " + found.size() + " gaps over a month in " + countries
                + " member states (" + found.stream().mapToLong(Gap::days).sum() + " office-days), all listed: "
                + unlisted.isEmpty());
        assertThat(unlisted).as("gaps not in world/coverage-gaps.tsv (country office from to)").isEmpty();
        List<Gap> stale = listed.stream().filter(l -> found.stream().noneMatch(g -> g.within(l))).toList();
        assertThat(stale).as("listed gaps the data now covers: remove them from coverage-gaps.tsv").isEmpty();
    }
}
