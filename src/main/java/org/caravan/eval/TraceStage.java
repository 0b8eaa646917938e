package org.caravan.eval;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.caravan.events.EventCoder;
import org.caravan.model.Document;
import org.caravan.model.Layer;
import org.caravan.pipeline.Stage;

/**
 * A stage that changes nothing and hands a {@link Trace} of each document to a sink: placed after the events stage,
 * it codes the document once more (the coder ignores the EVENTS layer and is cheap beside the parse) to keep the
 * decisions behind the events. Thread-safe when the sink is.
 */
public final class TraceStage implements Stage {

    private final EventCoder coder;
    private final Consumer<Trace> sink;

    public TraceStage(EventCoder coder, Consumer<Trace> sink) {
        this.coder = coder;
        this.sink = sink;
    }

    @Override
    public Document process(Document d) {
        EventCoder.Result r = coder.code(d);
        sink.accept(new Trace(d.id(), d.lang().orElse("?"), d.text(), d.sentences(), d.mentions(), r.decisions()));
        return d;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.LEMMAS, Layer.MENTIONS, Layer.TIMEX, Layer.EVENTS);
    }

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public boolean threadSafe() {
        return true;
    }
}
