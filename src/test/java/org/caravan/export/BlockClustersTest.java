package org.caravan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caravan.stories.CrossDocumentMerge;
import org.caravan.stories.Dates;
import org.caravan.stories.Telling;
import org.junit.jupiter.api.Test;

class BlockClustersTest {

    private final CrossDocumentMerge merge = CrossDocumentMerge.bundled();

    private static Telling telling(String a, String b, String cameo, String date, String precision, String country) {
        String pair = a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
        return new Telling(pair, a, cameo, cameo.substring(0, 2), new Dates.Told(date, precision), country);
    }

    @Test
    void noTellingsMakeNoClusters() {
        BlockClusters.Result r = new BlockClusters(merge).clusters();

        assertThat(r.clusterOf()).isEmpty();
        assertThat(r.sizes()).isEmpty();
    }

    @Test
    void twoTellingsOfOneVisitAreOneClusterAndAnotherPairIsApart() {
        BlockClusters keys = new BlockClusters(merge);
        keys.add(telling("CHN", "KAZ", "042", "2022-09-14", "day", "KAZ"));
        keys.add(telling("CHN", "USA", "042", "2022-09-14", "day", ""));
        keys.add(telling("CHN", "KAZ", "042", "2022-09", "month", ""));

        BlockClusters.Result r = keys.clusters();

        assertThat(r.clusterOf()[0]).isEqualTo(r.clusterOf()[2]).isNotEqualTo(r.clusterOf()[1]);
        assertThat(r.sizeOf(0)).isEqualTo(2);
        assertThat(r.sizeOf(1)).isEqualTo(1);
    }

    @Test
    void randomTellingsClusterAsTheMergeDoesOverTheWholeInput() {
        Random random = new Random(7);
        String[] actors = {"CHN", "KAZ", "RUS", "UN", "USA"};
        String[] codes = {"010", "036", "040", "042", "043", "0871", "111", "190", "057"};
        String[] dates = {"", "2022", "2022-09", "2022-09-14", "2022-09-15", "2023-01-01"};
        String[] precisions = {"", "year", "month", "day", "day", "day"};
        String[] countries = {"", "", "KAZ", "CHN"};
        List<Telling> all = new ArrayList<>();
        BlockClusters keys = new BlockClusters(merge);
        for (int i = 0; i < 3000; i++) {
            int d = random.nextInt(dates.length);
            Telling t = telling(actors[random.nextInt(actors.length)], actors[random.nextInt(actors.length)],
                    codes[random.nextInt(codes.length)], dates[d], precisions[d],
                    countries[random.nextInt(countries.length)]);
            all.add(t);
            keys.add(t);
        }

        BlockClusters.Result r = keys.clusters();

        List<int[]> expected = merge.clusters(all);
        assertThat(r.sizes()).hasSize(expected.size());
        for (int[] c : expected) {
            for (int member : c) {
                assertThat(r.clusterOf()[member]).isEqualTo(r.clusterOf()[c[0]]);
                assertThat(r.sizeOf(member)).isEqualTo(c.length);
            }
        }
    }
}
