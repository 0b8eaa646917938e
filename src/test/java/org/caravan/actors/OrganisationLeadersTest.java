package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.actors.ActorStageTest.run;

import java.time.LocalDate;
import java.util.List;
import org.caravan.model.ActorRef;
import org.junit.jupiter.api.Test;

/** Issue 9, item 7: an organisation's chief executive codes as the organisation he or she led on the date. */
class OrganisationLeadersTest {

    private static List<String> keys(String lang, String date, String text) {
        return run(lang, date, text).stream().filter(m -> m.actor().isPresent())
                .map(m -> m.text() + "=" + m.actor().flatMap(ActorRef::key).orElse("?")).toList();
    }

    @Test
    void aNameCodesAsTheOrganisationItsBearerLedOnTheDocumentsDate() {
        assertThat(keys("en", "2015-06-01", "Lagarde said.")).containsExactly("Lagarde=IMF");
        assertThat(keys("en", "2023-06-01", "Lagarde said.")).containsExactly("Lagarde=EU");
        assertThat(keys("ru", "2021-05-01", "Мясникович заявил.")).containsExactly("Мясникович=EAEU");
        assertThat(keys("ru", "2012-05-01", "Мясникович заявил.")).containsExactly("Мясникович=BLR");
    }

    @Test
    void theHeadOfAUnAgencyOrAnEuInstitutionCodesAsTheUnOrTheEu() {
        assertThat(keys("en", "2020-03-01", "Filippo Grandi warned.")).containsExactly("Filippo Grandi=UN");
        assertThat(keys("en", "2020-03-01", "Metsola spoke.")).containsExactly("Metsola=MLT");
        assertThat(keys("en", "2023-03-01", "Metsola spoke.")).containsExactly("Metsola=EU");
    }

    @Test
    void everyOrganisationTheKnowledgeBaseNamesALeaderForHasOneInOffice() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        LocalDate day = LocalDate.of(2025, 6, 1);
        for (String[] seat : new String[][] {{"secretary_general", "UN"}, {"secretary_general", "NATO"},
                {"president_of_commission", "EU"}, {"president_of_council", "EU"}, {"foreign_minister", "EU"},
                {"president_of_commission", "AU"}, {"secretary_general", "OSCE"}, {"secretary_general", "SCO"},
                {"secretary_general", "CSTO"}, {"secretary_general", "ASEAN"}, {"secretary_general", "GCC"},
                {"secretary_general", "ARL"}, {"secretary_general", "CIS"}, {"president_of_commission", "EAEU"},
                {"secretary_general", "OTS"}, {"president_of_council", "EUPARL"}, {"secretary_general", "WB"}}) {
            assertThat(kb.holder(seat[0], seat[1], day)).as(seat[0] + " of " + seat[1]).isPresent();
        }
    }
}
