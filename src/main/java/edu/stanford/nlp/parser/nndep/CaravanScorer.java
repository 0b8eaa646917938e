package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * The same scores as CoreNLP 4.5.10's {@link Classifier#computeScores(int[])}, bit for bit, computed faster: the
 * precomputed hidden-layer rows are found through an open-addressing table of ints instead of a
 * {@code HashMap<Integer, Integer>}, the embedding slices of the other features are kept in a lock-free
 * direct-mapped cache instead of a synchronized LRU map, and the products run several independent sums at once
 * (each sum keeps CoreNLP's order of additions, so every double is the same). Lives in CoreNLP's package because
 * {@code computeScores} is package-private: {@link #install} swaps it into a loaded {@link DependencyParser}.
 * The parser's weights and precomputed rows are shared, not copied; the training state CoreNLP allocates for
 * every classifier (AdaGrad histories the size of the weights) is dropped. Thread-safe for inference.
 */
public final class CaravanScorer extends Classifier {

    private static final int FEATURES = 48;
    private static final int CACHE = 1 << 13;

    private final float[][] w1;
    private final float[][] w2;
    private final float[][] e;
    private final float[] b1;
    private final double[][] saved;
    private final int hidden;
    private final int embedding;
    private final boolean floatSlices;
    private final int[] keys;
    private final int[] rows;
    private final Slice[] cache = new Slice[CACHE];

    private record Slice(int index, float[] values) {
    }

    private CaravanScorer(Config config, float[][] e, float[][] w1, float[] b1, float[][] w2,
                          Map<Integer, Integer> preMap, double[][] saved) {
        super(config, e, w1, b1, w2, List.of());
        this.e = e;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.saved = saved;
        this.hidden = config.hiddenSize;
        this.embedding = config.embeddingSize;
        this.floatSlices = config.numCached != 0;
        int capacity = Integer.highestOneBit(Math.max(16, preMap.size() * 2)) * 2;
        this.keys = new int[capacity];
        this.rows = new int[capacity];
        java.util.Arrays.fill(keys, -1);
        preMap.forEach((k, v) -> put(k, v));
        dropTrainingState(this);
    }

    /** Replaces the parser's classifier by one computing the same scores faster; returns the parser. */
    public static DependencyParser install(DependencyParser parser) {
        try {
            Field cf = DependencyParser.class.getDeclaredField("classifier");
            cf.setAccessible(true);
            Classifier old = (Classifier) cf.get(parser);
            if (old instanceof CaravanScorer) {
                return parser;
            }
            Field config = DependencyParser.class.getDeclaredField("config");
            config.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) read(old, "preMap");
            cf.set(parser, new CaravanScorer((Config) config.get(parser), old.getE(), old.getW1(), old.getb1(),
                    old.getW2(), preMap, (double[][]) read(old, "saved")));
            return parser;
        } catch (ReflectiveOperationException | RuntimeException ex) {
            throw new IllegalStateException("cannot install the fast scorer in CoreNLP's parser: " + ex, ex);
        }
    }

    private static Object read(Classifier c, String name) throws ReflectiveOperationException {
        Field f = Classifier.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(c);
    }

    private static void dropTrainingState(Classifier c) {
        for (String name : new String[] {"eg2E", "eg2W1", "eg2W2", "eg2b1", "gradSaved"}) {
            try {
                Field f = Classifier.class.getDeclaredField(name);
                f.setAccessible(true);
                f.set(c, null);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("CoreNLP's Classifier changed: " + ex, ex);
            }
        }
    }

    private void put(int key, int row) {
        int mask = keys.length - 1;
        int h = mix(key) & mask;
        while (keys[h] != -1 && keys[h] != key) {
            h = (h + 1) & mask;
        }
        keys[h] = key;
        rows[h] = row;
    }

    private int row(int key) {
        int mask = keys.length - 1;
        int h = mix(key) & mask;
        while (keys[h] != -1) {
            if (keys[h] == key) {
                return rows[h];
            }
            h = (h + 1) & mask;
        }
        return -1;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    @Override
    double[] computeScores(int[] feature) {
        double[] h = new double[hidden];
        int offset = 0;
        for (int j = 0; j < feature.length; ++j) {
            int tok = feature[j];
            int index = tok * FEATURES + j;
            int row = row(index);
            if (row >= 0) {
                double[] s = saved[row];
                for (int i = 0; i < hidden; ++i) {
                    h[i] += s[i];
                }
            } else if (!floatSlices) {
                sliceSum(h, e[tok], offset);
            } else {
                float[] s = slice(index, tok, offset);
                for (int i = 0; i < hidden; ++i) {
                    h[i] += s[i];
                }
            }
            offset += embedding;
        }
        for (int i = 0; i < hidden; ++i) {
            h[i] += b1[i];
            h[i] = h[i] * h[i] * h[i];
        }
        return scores(h);
    }

    /** The hidden-layer contribution of one feature, as CoreNLP's {@code matrixMultiplySlice} computes it. */
    private float[] slice(int index, int tok, int offset) {
        int at = mix(index) & (CACHE - 1);
        Slice cached = cache[at];
        if (cached != null && cached.index() == index) {
            return cached.values();
        }
        float[] x = e[tok];
        float[] out = new float[hidden];
        int i = 0;
        for (; i + 3 < hidden; i += 4) {
            float[] r0 = w1[i];
            float[] r1 = w1[i + 1];
            float[] r2 = w1[i + 2];
            float[] r3 = w1[i + 3];
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            for (int k = 0; k < x.length; ++k) {
                float v = x[k];
                a0 += r0[offset + k] * v;
                a1 += r1[offset + k] * v;
                a2 += r2[offset + k] * v;
                a3 += r3[offset + k] * v;
            }
            out[i] = (float) a0;
            out[i + 1] = (float) a1;
            out[i + 2] = (float) a2;
            out[i + 3] = (float) a3;
        }
        for (; i < hidden; ++i) {
            double a = 0;
            for (int k = 0; k < x.length; ++k) {
                a += w1[i][offset + k] * x[k];
            }
            out[i] = (float) a;
        }
        cache[at] = new Slice(index, out);
        return out;
    }

    /** CoreNLP's {@code matrixMultiplySliceSum}, used when its slice cache is off ({@code numCached} 0). */
    private void sliceSum(double[] h, float[] x, int offset) {
        for (int i = 0; i < hidden; ++i) {
            double a = h[i];
            for (int k = 0; k < x.length; ++k) {
                a += w1[i][offset + k] * x[k];
            }
            h[i] = a;
        }
    }

    /** The output layer, as CoreNLP's {@code matrixMultiply(W2, hidden)}: four labels' sums at a time. */
    private double[] scores(double[] h) {
        double[] out = new double[w2.length];
        int l = 0;
        for (; l + 3 < w2.length; l += 4) {
            float[] r0 = w2[l];
            float[] r1 = w2[l + 1];
            float[] r2 = w2[l + 2];
            float[] r3 = w2[l + 3];
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            for (int i = 0; i < h.length; ++i) {
                double v = h[i];
                a0 += v * r0[i];
                a1 += v * r1[i];
                a2 += v * r2[i];
                a3 += v * r3[i];
            }
            out[l] = a0;
            out[l + 1] = a1;
            out[l + 2] = a2;
            out[l + 3] = a3;
        }
        for (; l < w2.length; ++l) {
            double a = 0;
            for (int i = 0; i < h.length; ++i) {
                a += h[i] * w2[l][i];
            }
            out[l] = a;
        }
        return out;
    }
}
