package org.caravan.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed articles of {@code examples/seeds}: the mentions the issue names resolve as expected. */
class SeedsTest {

    private static List<String> seed(String prefix, String date) throws IOException {
        try (var files = Files.list(Path.of("examples/seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return ActorStageTest.golden("fr", date, Files.readString(p));
        }
    }

    @Test
    void firstSeedResolvesTyposTitlesCapitalsAndGroups() throws IOException {
        List<String> m = seed("000_", "2022-09-14");
        assertThat(m).contains("Kassym-Jomart Toakaïev=tokayev_kassym_jomart/KAZGOV",
                "Xi Jiping=xi_jinping/CHNGOV",
                "président chinois=xi_jinping/CHNGOV",
                "homologue kazakh=tokayev_kassym_jomart/KAZGOV",
                "Pékin=CHN/CHNGOV",
                "Moscou=RUS/RUSGOV",
                "Nour-Soultan@astana",
                "Occidentaux=WST/WST",
                "OCS=SCO/SCO",
                "Samarcande@samarkand",
                "pape=francis_pope/VATGOV");
    }

    @Test
    void otherSeedsResolveTheKremlinChiefCounterpartsAndCapitals() throws IOException {
        assertThat(seed("001_", "2022-09-15")).contains("homologue kazakh=tokayev_kassym_jomart/KAZGOV",
                "Tokaïev=tokayev_kassym_jomart/KAZGOV", "Kremlin=RUS/RUSGOV", "OCS=SCO/SCO",
                "président kazakh=tokayev_kassym_jomart/KAZGOV");
        assertThat(seed("002_", "2024-07-03")).contains("chef du Kremlin=putin_vladimir/RUSGOV",
                "Pékin@beijing", "Occident=WST/WST", "OTAN=NATO/NATO");
        assertThat(seed("003_", "2023-11-09")).contains("dirigeant kazakh=tokayev_kassym_jomart/KAZGOV",
                "Tachkent@tashkent", "Moscou=RUS/RUSGOV", "OCE=ECO/ECO", "Douchanbé@dushanbe",
                "président ouzbek=mirziyoyev_shavkat/UZBGOV");
        assertThat(seed("004_", "2024-07-05")).contains("Akorda=KAZ/KAZGOV", "BRICS=BRICS/BRICS",
                "dirigeant=tokayev_kassym_jomart/KAZGOV");
    }
}
