package org.caravan.eval;

import java.util.List;

/**
 * One gold event the system missed, or one system event the gold does not hold, with the reason the coder gives.
 *
 * @param kind     {@code missed} or {@code extra}
 * @param doc      document id
 * @param event    "SRC→TGT ROOT-or-CODE DATE"
 * @param cause    the class of reason: no trigger, actor unresolved, actor not linked, group, modality, date,
 *                 code, same country, not in text, not in gold...
 * @param detail   the reason in words
 * @param evidence the sentences it was read from ("[3] ..."), empty when none was found
 * @param coder    what the coder decided there, one line a trigger, as {@code caravan explain} prints it
 */
public record Finding(String kind, String doc, String event, String cause, String detail, List<String> evidence,
                      List<String> coder) {

    public Finding {
        evidence = List.copyOf(evidence);
        coder = List.copyOf(coder);
    }
}
