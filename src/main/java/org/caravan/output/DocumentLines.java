package org.caravan.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.model.PartialDate;
import org.caravan.store.StoredDocument;

/** Writes stored documents as lines of {@code documents.jsonl} ({@code docs/output.md}). Thread-safe (stateless). */
public final class DocumentLines {

    private DocumentLines() {
    }

    public static ObjectNode json(StoredDocument d) {
        ObjectNode o = Json.object();
        o.put("doc_id", d.docId());
        o.put("url", d.url().orElse(null));
        o.put("title", d.title().orElse(null));
        o.put("published", d.published().map(PartialDate::iso).orElse(null));
        o.put("published_precision", d.published().map(p -> p.precision().label()).orElse(null));
        o.put("published_origin", d.publishedOrigin().orElse(null));
        o.put("lang", d.lang().orElse(null));
        o.put("text", d.text());
        o.put("status", d.status().label());
        o.put("reason", d.reason().orElse(null));
        o.put("source", d.source());
        o.put("outlet", org.caravan.stories.Outlets.known(d.url(), d.outlet(), d.source()).orElse(null));
        return o;
    }
}
