package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.golden;

import org.junit.jupiter.api.Test;

class IntroducedPersonTest {

    @Test
    void englishNameAfterARoleWithNationalityIsThatCountryAndRoleAndSoIsItsSurnameLater() {
        assertThat(golden("en", "2008-08-01", "US envoy Zalmay Khalilzad met Egyptian intelligence chief Omar Suleiman. "
                + "Later Khalilzad thanked Suleiman.")).containsExactly(
                "US envoy=new:zalmay_khalilzad/USAGOV", "Zalmay Khalilzad=new:zalmay_khalilzad/USAGOV",
                "Egyptian intelligence chief=new:omar_suleiman/EGYSPY", "Omar Suleiman=new:omar_suleiman/EGYSPY",
                "Khalilzad=new:zalmay_khalilzad/USAGOV", "Suleiman=new:omar_suleiman/EGYSPY");
    }

    @Test
    void frenchGeneralWithAdjectiveIntroducesAMilitaryPerson() {
        assertThat(golden("fr", "2008-08-01", "Le général américain David Petraeus est arrivé. Selon Petraeus, "
                + "il faut attendre.")).containsExactly(
                "général américain=new:david_petraeus/USAMIL", "David Petraeus=new:david_petraeus/USAMIL",
                "Petraeus=new:david_petraeus/USAMIL");
    }

    @Test
    void deputyForeignMinisterIsNotTheForeignMinister() {
        assertThat(golden("en", "2015-06-01", "The Russian deputy foreign minister Sergei Ryabkov said no.")).containsExactly(
                "Russian deputy foreign minister=new:sergei_ryabkov/RUSGOV", "Sergei Ryabkov=new:sergei_ryabkov/RUSGOV");
    }

    @Test
    void seatOfPowerGivesTheSpokesmanItsCountry() {
        assertThat(golden("en", "2015-06-01", "Kremlin spokesman Ivan Sokolov said he was wrong.")).containsExactly(
                "Kremlin spokesman=new:ivan_sokolov/RUSGOV", "Ivan Sokolov=new:ivan_sokolov/RUSGOV",
                "he=new:ivan_sokolov/RUSGOV");
        assertThat(golden("en", "2015-06-01", "Kremlin spokesman Dmitry Peskov said.")).containsExactly(
                "Kremlin spokesman=peskov_dmitry/RUSGOV", "Dmitry Peskov=peskov_dmitry/RUSGOV");
        assertThat(golden("fr", "2015-06-01", "Le porte-parole du Kremlin a démenti.")).containsExactly(
                "porte-parole du Kremlin=RUS/RUSGOV");
    }

    @Test
    void dayNamesAreNotTakenForANameAfterARole() {
        assertThat(golden("en", "2015-06-01", "A Russian diplomat Monday said no.")).containsExactly(
                "Russian diplomat=RUS/RUSGOV");
    }

    @Test
    void knownPersonAfterARoleKeepsTheirIdentity() {
        assertThat(golden("en", "2015-06-01", "Russian diplomat Sergey Lavrov said no.")).containsExactly(
                "Russian diplomat=lavrov_sergey/RUSGOV", "Sergey Lavrov=lavrov_sergey/RUSGOV");
    }

    @Test
    void militaryRanksBeforeTheNameAreSkipped() {
        assertThat(golden("en", "2008-05-10", "A U.S. military spokesman, Lt. Col. Steven Stover, said. Stover added."))
                .containsExactly("U.S. military spokesman=new:steven_stover/USAMIL",
                        "Steven Stover=new:steven_stover/USAMIL", "Stover=new:steven_stover/USAMIL");
    }

    @Test
    void nameAfterARoleAndAPlaceBetweenCommasWithParticlesKeepsItsSpelling() {
        assertThat(ActorStageTest.run("en", "2008-08-06", "The US commander in Iraq, General David Petraeus, left. "
                + "Iraq's national security advisor Falih al-Fayyadh met him.").stream()
                .map(m -> m.text() + "=" + m.actor().map(a -> a.name() + "/" + a.code()).orElse("place")).toList())
                .containsExactly("US commander=David Petraeus/USAMIL", "Iraq=Iraq/IRQ", "David Petraeus=David Petraeus/USAMIL",
                        "Iraq's national security advisor=Falih al-Fayyadh/IRQGOV",
                        "Falih al-Fayyadh=Falih al-Fayyadh/IRQGOV", "him=David Petraeus/USAMIL");
    }

    @Test
    void protestersAndActivistsAreOpposition() {
        assertThat(golden("en", "2008-08-06", "Georgian demonstrators and British activists marched."))
                .containsExactly("Georgian demonstrators=GEO/GEOOPP", "British activists=GBR/GBROPP");
    }

    @Test
    void aHeadlineVerbAfterATitleWithAKnownHolderIsNotAName() {
        assertThat(golden("en", "2015-06-01", "Kazakh President Visits China")).containsExactly(
                "Kazakh President=nazarbayev_nursultan/KAZGOV", "China=CHN/CHN");
    }

    @Test
    void noNameIsReadInATitleCaseHeadline() {
        assertThat(golden("en", "2015-06-01", "US Envoy Denies Report About Troops")).containsExactly("US Envoy=USA/USAGOV");
    }

    @Test
    void unknownNameAfterABareTitleIsOfTheCountryNamedNearWithoutAKnownHolder() {
        // In 2015 the presidency of Lebanon was vacant (May 2014 to October 2016): no holder is known.
        assertThat(golden("en", "2015-06-01", "The US commander in Iraq held talks with President Michel Zaatari "
                + "in Beirut, offering support to Lebanon. Later Zaatari thanked him.")).contains(
                "President=new:michel_zaatari/LBNGOV", "Michel Zaatari=new:michel_zaatari/LBNGOV",
                "Zaatari=new:michel_zaatari/LBNGOV");
        assertThat(golden("fr", "2015-06-01", "Le Liban veut la paix. Le président Michel Zaatari l'a dit."))
                .contains("président=new:michel_zaatari/LBNGOV", "Michel Zaatari=new:michel_zaatari/LBNGOV");
    }

    @Test
    void unknownNameAfterABareTitleWithoutACountryStaysUnresolvedAndKnownHoldersStillWin() {
        assertThat(golden("en", "2015-06-01", "President Michel Zaatari said so.")).isEmpty();
        assertThat(golden("en", "2015-06-01", "Iraq and Lebanon met. President Michel Zaatari said so."))
                .containsExactly("Iraq=IRQ/IRQ", "Lebanon=LBN/LBN", "President=new:michel_zaatari/LBNGOV",
                        "Michel Zaatari=new:michel_zaatari/LBNGOV");
        assertThat(golden("en", "2015-06-01", "Russia wants peace. President Putin said so."))
                .contains("President=putin_vladimir/RUSGOV", "Putin=putin_vladimir/RUSGOV");
    }

    @Test
    void unknownNameAfterABarePersonRoleIsOfTheOneCountryNamedNearButNotOfADestination() {
        assertThat(golden("en", "2008-11-12", "Iran rejected the offer. General Ali Rahimi said so.")).containsExactly(
                "Iran=IRN/IRN", "General=new:ali_rahimi/IRNMIL", "Ali Rahimi=new:ali_rahimi/IRNMIL");
        assertThat(golden("fr", "2008-11-12", "L'Iran refuse. Le général Ali Rahimi l'a dit.")).contains(
                "général=new:ali_rahimi/IRNMIL", "Ali Rahimi=new:ali_rahimi/IRNMIL");
        assertThat(golden("en", "2008-11-12", "General David Petraeus held talks in Iraq."))
                .containsExactly("Iraq=IRQ/IRQ");
        assertThat(golden("en", "2008-11-12", "Iraq and Iran met. General Ali Rahimi said so."))
                .containsExactly("Iraq=IRQ/IRQ", "Iran=IRN/IRN");
    }
}
