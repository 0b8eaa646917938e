package org.caravan.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.caravan.model.Document;
import org.caravan.model.Metadata;
import org.caravan.stories.SyntheticEvents;
import org.caravan.store.Store;
import org.caravan.store.StoredDocument;
import org.caravan.store.StoredEvent;

/**
 * Fills a store with synthetic events for the export benchmark: documents of ten events each between random pairs
 * of 40 countries, with the codes, dates (2015-2024) and places of real output; every second document tells three
 * events of the document before it again (so the merge has work to do: 3 of every 20 events join another), and only
 * events first told there, so that a merged event has two tellings (retelling the retold ones made chains of one
 * event told by every document, a merge cluster as large as the archive's documents). Deterministic for a seed. Not a test fixture of
 * expected results: only the volume and shape matter.
 */
final class SyntheticStore {

    private static final String[] COUNTRIES = ("USA RUS CHN KAZ UZB KGZ TJK TKM IRN TUR DEU FRA GBR UKR POL IND PAK "
            + "AFG JPN KOR PRK ISR PSE EGY SAU ARE QAT SYR IRQ BRA ARG MEX CAN ZAF NGA ETH KEN SEN CIV ITA").split(" ");
    private static final String[] CODES = {"010", "020", "036", "040", "042", "043", "046", "051", "057", "061",
        "071", "111", "112", "120", "130", "163", "173", "190", "0871", "1056"};
    private static final int PER_DOCUMENT = 10;

    private final SplittableRandom random;

    SyntheticStore(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Saves about {@code events} events; returns how many were saved. */
    long fill(Store store, long events) {
        long saved = 0;
        List<ObjectNode> previous = List.of();
        for (int d = 0; saved < events; d++) {
            String doc = String.format("syn%07d", d);
            List<ObjectNode> told = new ArrayList<>(PER_DOCUMENT);
            for (int i = 0; i < PER_DOCUMENT && saved + told.size() < events; i++) {
                told.add(i < 3 && d % 2 == 1 ? retold(previous.get(i), doc, i) : event(doc, i));
            }
            List<StoredEvent> stored = new ArrayList<>(told.size());
            for (ObjectNode e : told) {
                stored.add(new StoredEvent(e.get("id").asText(), e.get("cameo").asText(),
                        Optional.of(e.get("date").asText()), e.toString()));
            }
            Metadata m = new Metadata("synthetic/" + doc, Optional.of("https://news" + (d % 50) + ".example/" + doc),
                    Optional.of("Synthetic " + doc), Optional.empty());
            store.save(StoredDocument.done(Document.of(doc, m, "synthetic text " + doc).withLang(
                    d % 3 == 0 ? "fr" : "en"), "h" + d, "synthetic"), stored);
            saved += told.size();
            previous = told;
        }
        return saved;
    }

    private ObjectNode event(String doc, int i) {
        String cameo = CODES[random.nextInt(CODES.length)];
        String a = COUNTRIES[random.nextInt(COUNTRIES.length)];
        String b = COUNTRIES[random.nextInt(COUNTRIES.length)];
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        ObjectNode e = SyntheticEvents.event(doc, i, cameo, a, b, day, random.nextInt(5) == 0);
        e.put("evidence", "A synthetic sentence of about the length of a real one, told by a synthetic article.");
        return e;
    }

    private static ObjectNode retold(ObjectNode other, String doc, int i) {
        ObjectNode e = other.deepCopy();
        e.put("id", doc + "-e" + (i + 1));
        ((ObjectNode) e.get("mentions").get(0)).put("doc_id", doc);
        return e;
    }

}
