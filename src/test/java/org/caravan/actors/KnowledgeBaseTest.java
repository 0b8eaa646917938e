package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.caravan.data.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    @Test
    void bundledDataCoversEveryIsoCountryCapitalsAndOrganisations() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        assertThat(kb.keyCount()).isGreaterThanOrEqualTo(249 + 40);
        assertThat(kb.name("KAZ")).contains("Kazakhstan");
        assertThat(kb.name("SCO")).contains("Shanghai Cooperation Organisation");
        assertThat(kb.name("WST")).contains("the West");
        assertThat(kb.placeCount()).isGreaterThan(300);
        assertThat(kb.place("astana")).get().satisfies(p -> {
            assertThat(p.country()).isEqualTo("KAZ");
            assertThat(p.capital()).isTrue();
        });
        assertThat(kb.index().exact("Nour-Soultan")).extracting(Entry::target).contains("astana");
        assertThat(kb.index().exact("ШОС")).extracting(Entry::target).containsExactly("SCO");
        assertThat(kb.isCountry("KAZ")).isTrue();
        assertThat(kb.isCountry("NATO")).isFalse();
    }

    @Test
    void generatedCountryFileHoldsEveryIsoCountryOfTheJdk() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        for (String a2 : java.util.Locale.getISOCountries()) {
            String a3 = new java.util.Locale("", a2).getISO3Country();
            assertThat(kb.isCountry(a3)).as(a3).isTrue();
        }
    }

    @Test
    void officesAreLookedUpAtADate() {
        KnowledgeBase kb = ActorStageTest.KB;
        assertThat(kb.holder("head_of_state", "KAZ", LocalDate.of(2015, 6, 1))).get()
                .extracting(Office::person).isEqualTo("nazarbayev_nursultan");
        assertThat(kb.holder("head_of_state", "KAZ", LocalDate.of(2019, 3, 21))).get()
                .extracting(Office::person).isEqualTo("tokayev_kassym_jomart");
        assertThat(kb.holder("head_of_state", "KAZ", LocalDate.of(1980, 1, 1))).isEmpty();
        assertThat(kb.executive("GBR")).isEqualTo("head_of_government");
        assertThat(kb.executive("KAZ")).isEqualTo("head_of_state");
    }

    @Test
    void malformedUserLineIsAnErrorNamingFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("places.tsv"), "# mine\nid\tname\tcountry\tlat\tlon\tcapital\taliases\n"
                + "turkistan\tTurkistan\tKAZ\t43.30\t68.25\tno\tTurkestan\n"
                + "oops\tOops\tKAZ\tnorth\t68\tno\t\n");
        assertThatThrownBy(() -> KnowledgeBase.load(Optional.of(dir)))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining(dir.resolve("places.tsv") + ":4")
                .hasMessageContaining("lat and lon");
    }

    @Test
    void aNumberedGroupPhraseNeedsTheNumberOnBothSides(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("group-phrases.tsv"), "lang\tphrase\trefers\trole\n"
                + "en\tthe {N} allies\tnamed 2 country\t\n");
        assertThatThrownBy(() -> KnowledgeBase.load(Optional.of(dir)))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("group-phrases.tsv:2")
                .hasMessageContaining("{N}");
    }

    @Test
    void wrongHeaderAndUnknownFilesAreErrors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "id\tname\n");
        assertThatThrownBy(() -> KnowledgeBase.load(Optional.of(dir))).hasMessageContaining("people.tsv:1")
                .hasMessageContaining("header");
        Files.delete(dir.resolve("people.tsv"));
        Files.writeString(dir.resolve("persons.tsv"), "id\n");
        assertThatThrownBy(() -> KnowledgeBase.load(Optional.of(dir))).hasMessageContaining("persons.tsv")
                .hasMessageContaining("unknown");
    }

    @Test
    void aUserTitlesFileWrittenBeforeTheUsualColumnStillLoads(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("titles.tsv"), "lang\tphrase\toffice\tkey\n"
                + "en\tgrand vizier\thead_of_government\t\n");
        KnowledgeBase kb = KnowledgeBase.load(Optional.of(dir));
        assertThat(kb.index().exact("grand vizier")).isNotEmpty();
        Files.writeString(dir.resolve("titles.tsv"), "lang\tphrase\toffice\n");
        assertThatThrownBy(() -> KnowledgeBase.load(Optional.of(dir))).hasMessageContaining("titles.tsv:1")
                .hasMessageContaining("header");
    }

    @Test
    void userFilesAddEntriesWithoutRecompiling(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("places.tsv"), "id\tname\tcountry\tlat\tlon\tcapital\taliases\n"
                + "turkistan\tTurkistan\tKAZ\t43.30\t68.25\tno\tTurkestan|Туркестан\n");
        KnowledgeBase kb = KnowledgeBase.load(Optional.of(dir));
        assertThat(kb.place("turkistan")).isPresent();
        assertThat(kb.index().exact("Turkestan")).extracting(Entry::target).containsExactly("turkistan");
    }

    @Test
    void anAliasClaimedByTwoPeopleAtTheSameDateIsReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "id\tname\tcountry\taliases\n"
                + "aliyev_heydar\tHeydar Aliyev\tAZE\tAliyev\n"
                + "aliyev_ilham\tIlham Aliyev\tAZE\tAliyev\n"
                + "other_aliyev\tOther Aliyev\tAZE\tAliyev\n");
        Files.writeString(dir.resolve("offices.tsv"), "person\toffice\tcountry\tstart\tend\n"
                + "aliyev_heydar\thead_of_state\tAZE\t1993-06-15\t2003-10-31\n"
                + "aliyev_ilham\thead_of_state\tAZE\t2003-10-31\t\n"
                + "other_aliyev\tforeign_minister\tAZE\t1995\t1996\n");
        KnowledgeBase kb = KnowledgeBase.load(Optional.of(dir));
        assertThat(kb.warnings()).anySatisfy(w -> assertThat(w).contains("'Aliyev'").contains("aliyev_heydar")
                .contains("other_aliyev").contains(dir.resolve("people.tsv") + ":"));
        assertThat(kb.warnings()).anySatisfy(w -> assertThat(w).contains("aliyev_heydar").contains("aliyev_ilham"));
        assertThat(kb.warnings()).noneSatisfy(w -> assertThat(w).contains("aliyev_ilham").contains("other_aliyev"));
    }

    @Test
    void bundledDataNamesOnlyKnownKeysAndAUserTypoIsReported(@TempDir Path dir) throws IOException {
        assertThat(KnowledgeBase.bundled().warnings()).noneSatisfy(w -> assertThat(w).contains("unknown key"));
        Files.writeString(dir.resolve("adjectives.tsv"), "key\tlang\tforms\nKAZZ\tfr\tkazakhoïde\n");
        assertThat(KnowledgeBase.load(Optional.of(dir)).warnings()).anySatisfy(w -> assertThat(w)
                .contains(dir.resolve("adjectives.tsv") + ":2").contains("unknown key 'KAZZ'"));
    }

    @Test
    void officeOfAnUnknownPersonIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("offices.tsv"), "person\toffice\tcountry\tstart\tend\n"
                + "nobody\thead_of_state\tAZE\t1993\t\n");
        assertThatThrownBy(() -> KnowledgeBase.load(Optional.of(dir))).hasMessageContaining("offices.tsv:2")
                .hasMessageContaining("unknown person");
    }

    @Test
    void configTakesTheFolderFromTheFlagThenTheEnvironment() {
        ActorsConfig env = ActorsConfig.fromEnvironment(java.util.Map.of("CARAVAN_KB", "/data/kb"));
        assertThat(env.userDir()).contains(Path.of("/data/kb"));
        assertThat(ActorsConfig.fromEnvironment(java.util.Map.of("CARAVAN_KB", " ")).userDir()).isEmpty();
        assertThat(new ActorsConfig(Optional.of(Path.of("mine"))).orElse(env).userDir()).contains(Path.of("mine"));
        assertThat(ActorsConfig.defaults().orElse(env)).isEqualTo(env);
        assertThat(ActorsConfig.defaults().knowledgeBase()).isSameAs(KnowledgeBase.bundled());
    }

    @Test
    void fuzzyDistanceCountsOneTransposition() {
        assertThat(FuzzyIndex.distance("tokaiev", "toakiev")).isEqualTo(1);
        assertThat(FuzzyIndex.distance("tokaiev", "toakaiev")).isEqualTo(1);
        assertThat(FuzzyIndex.distance("tokaiev", "tokaiev")).isZero();
        assertThat(FuzzyIndex.distance("xi jinping", "xi jiping")).isEqualTo(1);
    }
}
