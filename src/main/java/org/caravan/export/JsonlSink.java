package org.caravan.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * Events as lines of {@code events.jsonl} (docs/events.schema.json), each with its stable {@code global_id}: the
 * same lines {@code analyze} writes, over the whole store. Not thread-safe.
 */
public final class JsonlSink implements EventSink {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Writer out;

    public JsonlSink(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ExportedEvent e) throws IOException {
        ObjectNode line = e.event().deepCopy();
        line.put("global_id", e.globalId());
        out.write(MAPPER.writeValueAsString(line));
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
