package org.caravan.stories;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.caravan.model.Document;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.DateOrigin;
import org.caravan.model.Published;
import org.caravan.store.Store;
import org.caravan.store.StoredDocument;
import org.caravan.store.StoredEvent;

/**
 * The merge benchmark: N synthetic tellings shaped as a regional archive (12 countries, so 66 pairs and dense
 * blocks; 20 CAMEO codes; two years of days, one in five known to the month; ten tellings an article, a third of
 * them retelling an event of an article of the week before, from one of 40 outlets), merged and grouped into
 * stories in memory, and optionally through the store's merge step (a first step over everything, then a step
 * after 1% more articles). Seeded: the same N gives the same tellings. Not thread-safe.
 */
public final class MergeBench {

    private static final String[] COUNTRIES = "CHN RUS KAZ UZB KGZ TJK TKM USA TUR IRN AFG DEU".split(" ");
    private static final String[] CODES = {"010", "020", "036", "040", "042", "043", "046", "051", "057", "061",
        "071", "111", "112", "120", "130", "163", "173", "190", "0871", "1056"};
    private static final int PER_DOCUMENT = 10;
    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    private final SplittableRandom random = new SplittableRandom(2026);
    private final List<ObjectNode> recent = new ArrayList<>();

    /** One article's tellings and its publication day. */
    public record Article(String docId, LocalDate published, List<ObjectNode> tellings) {
    }

    /** The articles holding about {@code events} tellings, in publication order. */
    public List<Article> articles(int events) {
        List<Article> out = new ArrayList<>();
        int made = 0;
        for (int d = 0; made < events; d++) {
            String doc = String.format("bench%07d", d);
            LocalDate published = START.plusDays((long) d * 730 / Math.max(1, events / PER_DOCUMENT));
            List<ObjectNode> told = new ArrayList<>();
            for (int i = 0; i < PER_DOCUMENT && made + told.size() < events; i++) {
                told.add(!recent.isEmpty() && random.nextInt(3) == 0
                        ? retold(recent.get(random.nextInt(recent.size())), doc, i) : event(doc, i, published));
            }
            recent.addAll(told);
            while (recent.size() > 70 * PER_DOCUMENT / 10) {
                recent.remove(0);
            }
            made += told.size();
            out.add(new Article(doc, published, told));
        }
        return out;
    }

    /** What the in-memory merge took. */
    public record Timing(int tellings, int merged, int stories, long mergeNanos, long storyNanos) {
    }

    public static Timing inMemory(List<Article> articles) {
        List<ObjectNode> all = new ArrayList<>();
        List<Telling> keys = new ArrayList<>();
        for (Article a : articles) {
            for (int i = 0; i < a.tellings().size(); i++) {
                all.add(a.tellings().get(i));
                keys.add(Telling.of(a.tellings().get(i)).in(Optional.of(a.published().toString()), a.docId(), i));
            }
        }
        CrossDocumentMerge merge = CrossDocumentMerge.bundled();
        long t0 = System.nanoTime();
        List<ObjectNode> merged = new ArrayList<>();
        for (int[] c : merge.clusters(keys)) {
            List<ObjectNode> members = new ArrayList<>(c.length);
            for (int i : c) {
                members.add(all.get(i));
            }
            merged.add(merge.assemble(members));
        }
        long t1 = System.nanoTime();
        Stories.Result s = Stories.english(code -> Optional.empty()).group(merged);
        long t2 = System.nanoTime();
        return new Timing(all.size(), merged.size(), s.stories().size(), t1 - t0, t2 - t1);
    }

    /** Saves the articles into the store (each pending for the merge step). */
    public static void save(Store store, List<Article> articles) {
        for (Article a : articles) {
            List<StoredEvent> events = a.tellings().stream().map(e -> new StoredEvent(e.get("id").asText(),
                    e.get("cameo").asText(), Optional.of(e.get("date").asText()), e.toString())).toList();
            int outlet = Math.floorMod(a.docId().hashCode(), 40);
            Metadata m = new Metadata("bench/" + a.docId(), Optional.of("https://news" + outlet + ".example/" + a.docId()),
                    Optional.of("Bench " + a.docId()), Optional.of(new Published(PartialDate.day(a.published()),
                    DateOrigin.DATELINE)));
            store.save(StoredDocument.done(Document.of(a.docId(), m, "bench text " + a.docId()).withLang("en"),
                    "h" + a.docId(), "bench"), events);
        }
    }

    private ObjectNode event(String doc, int i, LocalDate published) {
        String cameo = CODES[random.nextInt(CODES.length)];
        String a = COUNTRIES[random.nextInt(COUNTRIES.length)];
        String b = COUNTRIES[(java.util.Arrays.asList(COUNTRIES).indexOf(a) + 1 + random.nextInt(COUNTRIES.length - 1))
                % COUNTRIES.length];
        LocalDate day = published.minusDays(random.nextInt(3));
        return SyntheticEvents.event(doc, i, cameo, a, b, day, random.nextInt(5) == 0);
    }

    private static ObjectNode retold(ObjectNode other, String doc, int i) {
        ObjectNode e = other.deepCopy();
        e.put("id", doc + "-e" + (i + 1));
        ((ObjectNode) e.get("mentions").get(0)).put("doc_id", doc).put("sentence", i).put("start", i * 100)
                .put("end", i * 100 + 40);
        return e;
    }

}
