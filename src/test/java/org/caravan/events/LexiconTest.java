package org.caravan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caravan.data.DataFileException;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static Lexicon read(String tsv) {
        return Lexicon.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "mine.tsv",
                Codebook.standard());
    }

    private static final String HEADER = "lang\ttrigger\tpos\tcode\tsource\ttarget\tflags\n";

    @Test
    void loadsTheShippedLexiconsForFiveLanguages() {
        Lexicon l = Lexicon.standard();
        for (String lang : List.of("fr", "en", "de", "es", "ru")) {
            assertThat(l.hasLanguage(lang)).as(lang).isTrue();
        }
        assertThat(l.size()).isGreaterThan(300);
    }

    @Test
    void coversEveryRootClassInFrenchAndEnglish() {
        for (String lang : List.of("fr", "en")) {
            Set<String> roots = new HashSet<>();
            for (TsvTable.Row r : TsvTable.resource("events/triggers-" + lang + ".tsv", 6).rows()) {
                roots.add(r.get(3).substring(0, 2));
            }
            assertThat(roots).as(lang).contains("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                    "13", "14", "15", "16", "17", "18", "19", "20");
        }
    }

    @Test
    void everyTriggerClassHasEntriesInAllFiveLanguages() {
        Lexicon l = Lexicon.standard();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (String lang : List.of("en", "fr", "de", "es", "ru")) {
            for (TriggerClasses.TriggerClass c : TriggerClasses.standard().all()) {
                if (!l.classes(lang).contains(c.name())) {
                    missing.computeIfAbsent(lang, k -> new TreeSet<>()).add(c.name());
                }
            }
        }
        assertThat(TriggerClasses.standard().all()).hasSizeGreaterThan(30);
        assertThat(missing).as("trigger classes without an entry, by language").isEmpty();
    }

    @Test
    void readsTheClassColumnAndChecksItsRoots() {
        String header = "lang\ttrigger\tpos\tcode\tsource\ttarget\tflags\tclass\n";
        Lexicon l = read(header + "en\texpel\tVERB\t161\tsubj\tobj\t\texpel-diplomats\n");
        assertThat(l.candidates("en", "expel").get(0).kind()).contains("expel-diplomats");
        assertThat(l.classes("en")).containsExactly("expel-diplomats");
        assertThat(read(HEADER + "en\texpel\tVERB\t161\tsubj\tobj\t\n").candidates("en", "expel").get(0).kind())
                .isEmpty();
        assertThatThrownBy(() -> read(header + "en\texpel\tVERB\t161\tsubj\tobj\t\texpulsion\n"))
                .isInstanceOf(DataFileException.class).hasMessageStartingWith("mine.tsv:2:")
                .hasMessageContaining("expulsion");
        assertThatThrownBy(() -> read(header + "en\texpel\tVERB\t042\tsubj\tobj\t\texpel-diplomats\n"))
                .isInstanceOf(DataFileException.class).hasMessageStartingWith("mine.tsv:2:")
                .hasMessageContaining("042");
    }

    @Test
    void findsEntriesByLemmaAndByStem() {
        Lexicon l = Lexicon.standard();
        assertThat(l.candidates("fr", "rencontrer")).extracting(TriggerEntry::code).contains("040");
        assertThat(l.candidates("de", "besuchte")).extracting(TriggerEntry::code).contains("042");
        assertThat(l.byStem("fr", "rencontrera", 4)).extracting(TriggerEntry::code).contains("040");
    }

    @Test
    void readsTheHeadMarkAndTheFrame() {
        Lexicon l = read(HEADER + "fr\tse @rendre\tVERB\t042\tsubj\tpp:à,au|place\t\n");
        TriggerEntry e = l.candidates("fr", "rendre").get(0);
        assertThat(e.words()).containsExactly("se", "rendre");
        assertThat(e.head()).isEqualTo(1);
        assertThat(e.target()).extracting(Slot::toString).containsExactly("pp:à,au", "place");
        assertThat(e.origin()).isEqualTo("mine.tsv:2");
    }

    @Test
    void rejectsAnUnknownCodeNamingFileAndLine() {
        assertThatThrownBy(() -> read(HEADER + "# comment\nfr\tvisiter\tVERB\t999\tsubj\tobj\t\n"))
                .isInstanceOf(DataFileException.class).hasMessageStartingWith("mine.tsv:3:")
                .hasMessageContaining("999");
    }

    @Test
    void rejectsAnUnknownSlotNamingFileAndLine() {
        assertThatThrownBy(() -> read(HEADER + "en\tvisit\tVERB\t042\tsubject\tobj\t\n"))
                .isInstanceOf(DataFileException.class).hasMessageStartingWith("mine.tsv:2:")
                .hasMessageContaining("subject");
    }

    @Test
    void rejectsALineWithTooFewColumns() {
        assertThatThrownBy(() -> read(HEADER + "en\tvisit\tVERB\n"))
                .isInstanceOf(DataFileException.class).hasMessageStartingWith("mine.tsv:2:");
    }

    @Test
    void rejectsAnUnknownFlag() {
        assertThatThrownBy(() -> read(HEADER + "en\tmeet\tVERB\t040\tsubj\tobj\tsymmetric\n"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("symmetric");
    }
}
