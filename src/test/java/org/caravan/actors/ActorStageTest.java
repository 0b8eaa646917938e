package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.caravan.model.DateOrigin;
import org.caravan.model.Document;
import org.caravan.model.Mention;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.Published;
import org.junit.jupiter.api.Test;

class ActorStageTest {

    static final KnowledgeBase KB = KnowledgeBase.load(Optional.of(Path.of("src/test/resources/actors/kb")));
    private static final ActorStage STAGE = new ActorStage(KB);

    static List<Mention> run(String lang, String date, String text) {
        Metadata meta = Metadata.of("test");
        if (date != null) {
            meta = meta.withPublished(new Published(PartialDate.parse(date).orElseThrow(), DateOrigin.INPUT));
        }
        return STAGE.process(Document.of("t", meta, text).withLang(lang)).mentions();
    }

    /** "text=id/code" for actors, "text@place" for places. */
    static List<String> golden(String lang, String date, String text) {
        return run(lang, date, text).stream().map(m -> m.actor()
                .map(a -> m.text() + "=" + a.id() + "/" + a.code())
                .orElseGet(() -> m.text() + "@" + m.place().get().id())).toList();
    }

    @Test
    void kazakhPresidentIsNazarbayevIn2015AndTokayevIn2023() {
        String s = "The Kazakh president met the Russian foreign minister in Moscow.";
        assertThat(golden("en", "2015-06-01", s)).containsExactly("Kazakh president=nazarbayev_nursultan/KAZGOV",
                "Russian foreign minister=lavrov_sergey/RUSGOV", "Moscow@moscow");
        assertThat(golden("en", "2023-11-09", s)).containsExactly("Kazakh president=tokayev_kassym_jomart/KAZGOV",
                "Russian foreign minister=lavrov_sergey/RUSGOV", "Moscow@moscow");
    }

    @Test
    void frenchTitleWithAdjectiveMeansTheHolderOnTheDate() {
        assertThat(golden("fr", "2015-06-01", "Le président kazakh a reçu le chef de la diplomatie russe."))
                .containsExactly("président kazakh=nazarbayev_nursultan/KAZGOV",
                        "chef de la diplomatie russe=lavrov_sergey/RUSGOV");
    }

    @Test
    void pakistaniPrimeMinisterChangesWithTheDate() {
        String s = "Le Premier ministre pakistanais est arrivé.";
        assertThat(golden("fr", "2022-06-01", s)).containsExactly("Premier ministre pakistanais=sharif_shehbaz/PAKGOV");
        assertThat(golden("fr", "2023-11-09", s)).containsExactly("Premier ministre pakistanais=kakar_anwaar_ul_haq/PAKGOV");
    }

    @Test
    void titleOfCountryAndPossessiveFormsResolve() {
        assertThat(golden("fr", "2023-11-09", "Le président du Kazakhstan parle.")).containsExactly(
                "président du Kazakhstan=tokayev_kassym_jomart/KAZGOV");
        assertThat(golden("en", "2015-06-01", "Kazakhstan's president spoke to the Kazakh leader.")).containsExactly(
                "Kazakhstan's president=nazarbayev_nursultan/KAZGOV", "Kazakh leader=nazarbayev_nursultan/KAZGOV");
    }

    @Test
    void kremlinChiefIsTheRussianPresidentOfTheDate() {
        assertThat(golden("fr", "2024-07-03", "Le chef du Kremlin s'est rendu à Pékin.")).containsExactly(
                "chef du Kremlin=putin_vladimir/RUSGOV", "Pékin@beijing");
        assertThat(golden("fr", "2010-01-01", "Le chef du Kremlin est arrivé.")).containsExactly(
                "chef du Kremlin=medvedev_dmitry/RUSGOV");
    }

    @Test
    void counterpartTakesTheOfficeOfThePersonLastNamed() {
        assertThat(golden("fr", "2022-09-14", "Xi Jinping s'entretenait avec son homologue kazakh."))
                .containsExactly("Xi Jinping=xi_jinping/CHNGOV", "homologue kazakh=tokayev_kassym_jomart/KAZGOV");
    }

    @Test
    void typosWithinOneEditResolveToTheKnownName() {
        assertThat(golden("fr", "2022-09-14", "Il a vu son homologue Kassym-Jomart Toakaïev hier."))
                .contains("Kassym-Jomart Toakaïev=tokayev_kassym_jomart/KAZGOV");
        assertThat(golden("fr", "2022-09-14", "Les Occidentaux attendent Xi Jinpnig au sommet."))
                .containsExactly("Occidentaux=WST/WST", "Xi Jinpnig=xi_jinping/CHNGOV");
        assertThat(run("fr", "2022-09-14", "Les Occidentaux attendent Xi Jinpnig au sommet.").get(1).reason())
                .startsWith("fuzzy match of ");
        assertThat(golden("en", "2022-09-14", "Then Toakayev left.")).containsExactly("Toakayev=tokayev_kassym_jomart/KAZGOV");
    }

    @Test
    void fuzzyMatchingSkipsShortWordsLowerCaseWordsAndSentenceStarts() {
        assertThat(golden("en", "2022-09-14", "Xu met them. Tokayv spoke. the tokayev said")).isEmpty();
        assertThat(golden("en", "2022-09-14", "They met Lavrovv.")).containsExactly("Lavrovv=lavrov_sergey/RUSGOV");
        assertThat(golden("en", "2022-09-14", "They met Puttin.")).isEmpty();
    }

    @Test
    void capitalActsForItsStateUnlessItIsWhereSomethingHappens() {
        assertThat(golden("fr", "2022-09-14", "Pékin a dénoncé les sanctions occidentales."))
                .containsExactly("Pékin=CHN/CHNGOV", "occidentales=WST/WST");
        assertThat(golden("fr", "2022-09-14", "Un sommet s'est tenu à Nour-Soultan et à Moscou."))
                .containsExactly("Nour-Soultan@astana", "Moscou@moscow");
        assertThat(golden("en", "2022-09-14", "Moscow condemned the summit in Beijing."))
                .containsExactly("Moscow=RUS/RUSGOV", "Beijing@beijing");
        assertThat(golden("fr", "2022-09-14", "Il est arrivé à l'aéroport de Nour-Soultan."))
                .containsExactly("Nour-Soultan@astana");
    }

    @Test
    void seatOfPowerIsAPlaceAfterALocativeAndRegionsAreNotActors() {
        assertThat(golden("en", "2022-09-14", "They met in Brussels. Brussels warned West Africa and the West."))
                .containsExactly("Brussels@brussels", "Brussels=EU/EU", "West=WST/WST");
        assertThat(golden("fr", "2022-09-14", "L'Europe de l'Est et le Kremlin.")).containsExactly(
                "Kremlin=RUS/RUSGOV");
    }

    @Test
    void organisationsResolveByAcronymInEachLanguageButNotLowerCaseWords() {
        assertThat(golden("fr", "2022-09-14", "Le sommet de l'OCS et l'OTAN, un accord de l'ONU."))
                .containsExactly("OCS=SCO/SCO", "OTAN=NATO/NATO", "ONU=UN/UN");
        assertThat(golden("en", "2022-09-14", "The SCO and the Shanghai Cooperation Organisation met the EU."))
                .containsExactly("SCO=SCO/SCO", "Shanghai Cooperation Organisation=SCO/SCO", "EU=EU/EU");
    }

    @Test
    void theWestAndWesternResolveToWst() {
        assertThat(golden("fr", "2022-09-14", "La Chine a accusé l'Occident.")).containsExactly("Chine=CHN/CHN",
                "Occident=WST/WST");
        assertThat(golden("en", "2022-09-14", "Russia blamed the West for Western sanctions."))
                .containsExactly("Russia=RUS/RUS", "West=WST/WST", "Western=WST/WST");
    }

    @Test
    void adjectivesAndRoleWordsMakeCountryRoleCodes() {
        assertThat(golden("fr", "2022-09-14", "Le gouvernement kazakh et l'armée russe ont parlé aux Kazakhs."))
                .containsExactly("gouvernement kazakh=KAZ/KAZGOV", "armée russe=RUS/RUSMIL", "Kazakhs=KAZ/KAZ");
        assertThat(golden("en", "2022-09-14", "The Chinese side said the Russian army left."))
                .containsExactly("Chinese side=CHN/CHNGOV", "Russian army=RUS/RUSMIL");
        assertThat(golden("fr", "2022-09-14", "Le ministère kazakh des Affaires étrangères a confirmé."))
                .containsExactly("ministère kazakh des Affaires étrangères=KAZ/KAZGOV");
    }

    @Test
    void pronounsAndShortFormsGoToTheLastPersonSubjectFirst() {
        assertThat(golden("fr", "2023-11-09", "Vladimir Poutine a reçu Ebrahim Raïssi. Il a ensuite vu M. Tokaïev. "
                + "Poutine est parti."))
                .containsExactly("Vladimir Poutine=putin_vladimir/RUSGOV", "Ebrahim Raïssi=raisi_ebrahim/IRNGOV",
                        "Il=putin_vladimir/RUSGOV", "Tokaïev=tokayev_kassym_jomart/KAZGOV",
                        "Poutine=putin_vladimir/RUSGOV");
        assertThat(golden("fr", "2023-11-09", "Le président Tokaïev a parlé. Il faut agir.")).containsExactly(
                "président=tokayev_kassym_jomart/KAZGOV", "Tokaïev=tokayev_kassym_jomart/KAZGOV");
    }

    @Test
    void feminineProunounAfterAStateIsNotGivenToAnEarlierPerson() {
        assertThat(golden("fr", "2024-07-03", "Poutine a dit que la Chine a aidé Moscou et qu'elle achète son gaz."))
                .containsExactly("Poutine=putin_vladimir/RUSGOV", "Chine=CHN/CHN", "Moscou=RUS/RUSGOV");
    }

    @Test
    void englishPronounsCounterpartsAndShortFormsResolveToo() {
        assertThat(golden("en", "2023-11-09", "Vladimir Putin arrived in Astana. He praised his Kazakh counterpart. "
                + "Mr Tokayev thanked the Russian leader, and the president left."))
                .containsExactly("Vladimir Putin=putin_vladimir/RUSGOV", "Astana@astana", "He=putin_vladimir/RUSGOV",
                        "Kazakh counterpart=tokayev_kassym_jomart/KAZGOV", "Tokayev=tokayev_kassym_jomart/KAZGOV",
                        "Russian leader=putin_vladimir/RUSGOV", "president=tokayev_kassym_jomart/KAZGOV");
    }

    @Test
    void bareTitlesAndTheLeaderFindTheirAntecedent() {
        assertThat(golden("fr", "2024-07-03", "Le président chinois Xi Jinping est arrivé. Le dirigeant a parlé."))
                .containsExactly("président chinois=xi_jinping/CHNGOV", "Xi Jinping=xi_jinping/CHNGOV",
                        "dirigeant=xi_jinping/CHNGOV");
        assertThat(golden("fr", "2024-07-03", "Xi Jinping est arrivé. Les chefs d'État ont parlé."))
                .containsExactly("Xi Jinping=xi_jinping/CHNGOV");
    }

    @Test
    void titleBeforeANameGivesTwoMentionsOfThatPerson() {
        assertThat(golden("en", "2023-11-09", "Russian President Vladimir Putin met him.")).containsExactly(
                "Russian President=putin_vladimir/RUSGOV", "Vladimir Putin=putin_vladimir/RUSGOV");
        assertThat(golden("es", "2023-11-09", "El presidente ruso, Vladímir Putin, llegó.")).containsExactly(
                "presidente ruso=putin_vladimir/RUSGOV", "Vladímir Putin=putin_vladimir/RUSGOV");
    }

    @Test
    void organisationLeadersAndOfficialsCarryTheOrganisationsCode() {
        assertThat(golden("fr", "2023-06-15", "Le chef de l'Otan a parlé avec Antonio Guterres."))
                .containsExactly("chef de l'Otan=stoltenberg_jens/NATO", "Antonio Guterres=guterres_antonio/UN");
        assertThat(golden("en", "2000-06-15", "Guterres spoke.")).containsExactly("Guterres=guterres_antonio/PRTGOV");
    }

    @Test
    void bareTitleFollowedByOfNamesAnotherOfficeAndIsNotAnAnaphor() {
        assertThat(golden("fr", "2023-11-09", "Vladimir Poutine est arrivé. Le chef de l'opposition a protesté."))
                .containsExactly("Vladimir Poutine=putin_vladimir/RUSGOV");
    }

    @Test
    void surnameAfterAFullNameNamesThatPersonEvenWithoutAnAlias() {
        assertThat(golden("en", "2024-07-03", "Li Qiang arrived. Then Qiang left."))
                .containsExactly("Li Qiang=li_qiang/CHNGOV", "Qiang=li_qiang/CHNGOV");
    }

    @Test
    void withoutADocumentDateTheCurrentHolderIsUsed() {
        List<Mention> m = run("en", null, "The Kazakh president spoke.");
        assertThat(m).singleElement().satisfies(x -> assertThat(x.reason()).contains("no document date"));
        Document d = STAGE.process(Document.of("t", Metadata.of("x"), "The Kazakh president spoke.").withLang("en"));
        assertThat(d.diagnostics()).singleElement().satisfies(x -> assertThat(x.message()).contains("no document date"));
    }

    @Test
    void russianCaseEndingsAndGermanGenitivesMatch() {
        assertThat(golden("ru", "2023-11-09", "Президент России встретился с Токаевым в Москве."))
                .containsExactly("Президент России=putin_vladimir/RUSGOV", "Токаевым=tokayev_kassym_jomart/KAZGOV",
                        "Москве@moscow");
        assertThat(golden("de", "2023-11-09", "Der kasachische Präsident traf den Präsidenten Russlands."))
                .containsExactly("kasachische Präsident=tokayev_kassym_jomart/KAZGOV",
                        "Präsidenten Russlands=putin_vladimir/RUSGOV");
        assertThat(golden("es", "2015-06-01", "El presidente kazajo visitó Pekín."))
                .containsExactly("presidente kazajo=nazarbayev_nursultan/KAZGOV", "Pekín=CHN/CHNGOV");
    }

    @Test
    void russianNamesMatchInEveryCase() {
        assertThat(golden("ru", "2024-05-10", "Российские войска. Переговоры с главой МИД России Сергеем Лавровым в Кремле."))
                .containsExactly("Российские войска=RUS/RUSMIL", "главой МИД России=lavrov_sergey/RUSGOV",
                        "Сергеем Лавровым=lavrov_sergey/RUSGOV", "Кремле=RUS/RUSGOV");
        assertThat(Normalizer.key("Сергеем")).isEqualTo(Normalizer.key("Сергей")).isEqualTo(Normalizer.key("Сергея"));
        assertThat(Normalizer.key("российского")).isEqualTo(Normalizer.key("российский"));
    }

    @Test
    void namesThatShareAStemGoToTheOneWrittenExactly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("people.tsv"), "id\tname\tcountry\taliases\n"
                + "abarov_x\tX Abarov\tIRN\tАбаров\nabarovi_y\tY Abarovi\tTJK\tАбарови\n");
        java.nio.file.Files.writeString(dir.resolve("offices.tsv"), "person\toffice\tcountry\tstart\tend\n"
                + "abarov_x\tforeign_minister\tIRN\t2013\t2021\nabarovi_y\tforeign_minister\tTJK\t2006\t2013-11\n");
        ActorStage stage = new ActorStage(KnowledgeBase.load(Optional.of(dir)));
        Document d = Document.of("t", Metadata.of("t").withPublished(new Published(PartialDate.parse("2013-09-01")
                .orElseThrow(), DateOrigin.INPUT)), "Абаров и Абарови встретились.").withLang("ru");
        assertThat(stage.process(d).mentions()).extracting(m -> m.actor().get().id()).containsExactly("abarov_x", "abarovi_y");
    }

    @Test
    void initialsWithDotsMatchTheirAliases() {
        assertThat(golden("en", "2024-02-01", "U.K. officials met Mr. Lavrov.")).containsExactly(
                "U.K. officials=GBR/GBRGOV", "Lavrov=lavrov_sergey/RUSGOV");
    }

    @Test
    void countryNameBeforeATitleGivesItsCountry() {
        assertThat(golden("de", "2015-06-01", "Kasachstans Präsident sprach.")).containsExactly(
                "Kasachstans Präsident=nazarbayev_nursultan/KAZGOV");
        assertThat(golden("en", "2015-06-01", "Kazakhstan President spoke.")).containsExactly(
                "Kazakhstan President=nazarbayev_nursultan/KAZGOV");
    }

    @Test
    void spanishArticleIsNotThePronounWithAnAccent() {
        assertThat(golden("es", "2023-11-09", "Vladímir Putin llegó. El Kremlin lo negó. Él dijo que no."))
                .containsExactly("Vladímir Putin=putin_vladimir/RUSGOV", "Kremlin=RUS/RUSGOV",
                        "Él=putin_vladimir/RUSGOV");
    }

    @Test
    void capitalOpeningADatelineIsAPlace() {
        assertThat(golden("en", "2024-05-10", "ASTANA, May 10 (Reuters) - Moscow protested."))
                .containsExactly("ASTANA@astana", "Moscow=RUS/RUSGOV");
        assertThat(golden("fr", "2024-05-10", "Moscou (AFP) - Pékin a protesté."))
                .containsExactly("Moscou@moscow", "Pékin=CHN/CHNGOV");
    }

    @Test
    void oneStageServesSeveralThreadsWithTheSameResults() throws Exception {
        List<String> texts = List.of("Le président kazakh a reçu le chef du Kremlin à Astana. Il a parlé.",
                "The Chinese side said Moscow and the West disagree.", "Президент России прибыл в Пекин.");
        List<List<String>> expected = texts.stream().map(t -> golden("", "2023-11-09", t)).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int n = 0; n < 40; n++) {
                int i = n % texts.size();
                runs.add(pool.submit(() -> golden("", "2023-11-09", texts.get(i)).equals(expected.get(i))));
            }
            for (java.util.concurrent.Future<Boolean> f : runs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(STAGE.threadSafe()).isTrue();
        assertThat(expected.get(0)).contains("chef du Kremlin=putin_vladimir/RUSGOV");
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void veryLongWordsAndRunsOfNamesDoNotHang() {
        String longWord = "Tokayev" + "a".repeat(200_000);
        assertThat(run("en", "2023-11-09", "Then " + longWord + " spoke.")).isEmpty();
        assertThat(run("en", "2023-11-09", "Xi Jinping ".repeat(20_000))).hasSize(20_000);
    }

    @Test
    void emptyInputGivesNoMentions() {
        assertThat(run("fr", "2022-09-14", "")).isEmpty();
        assertThat(STAGE.process(Document.of("t", Metadata.of("x"), "   \n")).mentions()).isEmpty();
    }

    @Test
    void randomInputNeverCrashesAndKeepsSpansInsideTheText() {
        Random r = new Random(42);
        String alphabet = "aAéÉkKzZ -'’.,\n()|*ОПШк0123456789TokayevPékinOTAN\t\u0000\uD83D\uDE00";
        for (int n = 0; n < 300; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(400);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            for (Mention m : run(n % 2 == 0 ? "fr" : "en", "2022-09-14", text)) {
                assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(m.text()).isEqualTo(m.span().of(text));
            }
        }
    }
}
