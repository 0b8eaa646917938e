package org.caravan.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caravan.model.ActorRef;
import org.caravan.model.DateOrigin;
import org.caravan.model.Document;
import org.caravan.model.Event;
import org.caravan.model.EventMention;
import org.caravan.model.Metadata;
import org.caravan.model.PartialDate;
import org.caravan.model.PlaceRef;
import org.caravan.model.Published;
import org.caravan.model.Span;

/** Small documents and events for the store and output tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Document document(String id, String text) {
        Published published = new Published(PartialDate.month(2023, 11), DateOrigin.DATELINE);
        Metadata m = new Metadata("inbox/" + id + ".txt", Optional.of("https://example.org/" + id),
                Optional.of("Title " + id), Optional.of(published));
        return Document.of(id, m, text).withLang("fr");
    }

    public static Event visit(String docId, String id, Span span) {
        ActorRef kaz = new ActorRef("KAZ", "Kazakhstan", Optional.of("KAZ"), "KAZGOV");
        ActorRef chn = new ActorRef("xi-jinping", "Xi Jinping", Optional.of("CHN"), "CHNGOV");
        PlaceRef astana = new PlaceRef("astana", "Astana", "KAZ", 51.17, 71.45);
        return new Event(id, "042", "04", 1, 1.9, Optional.of(PartialDate.day(LocalDate.of(2022, 9, 14))), chn, kaz,
                Optional.of(astana), List.of(new EventMention(docId, 0, span)), 0.8);
    }

    public static StoredEvent storedEvent(String id) {
        return new StoredEvent(id, "042", Optional.of("2022-09-14"), "{\"id\":\"" + id + "\"}");
    }
}
