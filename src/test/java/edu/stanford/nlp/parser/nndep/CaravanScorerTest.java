package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CaravanScorerTest {

    private static final String FRENCH = "edu/stanford/nlp/models/parser/nndep/UD_French.gz";

    @Test
    void scoresEveryFeatureVectorExactlyAsCoreNlpsClassifierDoes() throws Exception {
        DependencyParser parser = new DependencyParser(new java.util.Properties());
        parser.loadModelFile(FRENCH); // not CoreNLP's cached instance, which other tests may have changed
        Classifier original = classifier(parser);
        List<int[]> vectors = vectors(original, parser, new Random(7), 400);
        List<double[]> expected = new ArrayList<>();
        for (int[] v : vectors) {
            expected.add(original.computeScores(v));
        }
        CaravanScorer.install(parser);
        Classifier fast = classifier(parser);
        assertTrue(fast instanceof CaravanScorer);
        for (int round = 0; round < 2; round++) { // the second round reads the slice cache
            for (int i = 0; i < vectors.size(); i++) {
                assertArrayEquals(expected.get(i), fast.computeScores(vectors.get(i)), 0.0, "vector " + i);
            }
        }
    }

    /** Feature vectors whose features are half precomputed (frequent), half not (rare: computed on the fly). */
    private static List<int[]> vectors(Classifier c, DependencyParser parser, Random random, int n) throws Exception {
        Field f = Classifier.class.getDeclaredField("preMap");
        f.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<Integer> frequent = new ArrayList<>(((Map<Integer, Integer>) f.get(c)).keySet());
        int vocabulary = c.getE().length;
        List<int[]> out = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int[] feature = new int[48];
            for (int j = 0; j < 48; j++) {
                feature[j] = random.nextInt(vocabulary);
                for (int tries = 0; v % 2 == 0 && tries < 2000; tries++) {
                    int key = frequent.get(random.nextInt(frequent.size()));
                    if (key % 48 == j) {
                        feature[j] = key / 48;
                        break;
                    }
                }
            }
            out.add(feature);
        }
        return out;
    }

    private static Classifier classifier(DependencyParser parser) throws Exception {
        Field f = DependencyParser.class.getDeclaredField("classifier");
        f.setAccessible(true);
        return (Classifier) f.get(parser);
    }
}
