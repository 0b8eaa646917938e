package org.caravan.export;

import java.util.List;

/** One line of a GDELT file: tab-separated, no quoting (tabs and line breaks in a field become spaces). */
final class Tsv {

    private Tsv() {
    }

    static String line(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(fields.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        return b.append('\n').toString();
    }
}
