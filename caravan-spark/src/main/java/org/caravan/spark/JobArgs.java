package org.caravan.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The job's command line: input paths (files or folders; local paths or Hadoop URIs such as {@code hdfs://} and
 * {@code s3a://}) and {@code --out DIR}. Immutable.
 */
record JobArgs(List<String> inputs, String out) {

    static final String USAGE = "usage: AnalyzeJob PATH... --out DIR";

    JobArgs {
        Objects.requireNonNull(out, "out");
        inputs = List.copyOf(inputs);
    }

    /** Reads the arguments; a bad command line is an {@link IllegalArgumentException} saying what is wrong. */
    static JobArgs parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--out") || a.equals("-o")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a folder; " + USAGE);
                }
                out = args[++i];
            } else if (a.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
            } else {
                inputs.add(a);
            }
        }
        if (inputs.isEmpty() || out == null) {
            throw new IllegalArgumentException((inputs.isEmpty() ? "no input path" : "no --out folder") + "; " + USAGE);
        }
        return new JobArgs(inputs, out);
    }
}
