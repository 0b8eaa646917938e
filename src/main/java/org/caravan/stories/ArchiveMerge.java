package org.caravan.stories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caravan.store.MergeArchive;
import org.caravan.store.MergeArchive.MergedRow;
import org.caravan.store.MergeArchive.StoredMerged;
import org.caravan.store.MergeArchive.StoryRow;
import org.caravan.store.MergeArchive.TellingKey;
import org.caravan.store.MergeArchive.TellingRow;
import org.caravan.store.StoreException;

/**
 * The merge step over the store: merges the tellings of the documents saved since it last ran into the merged events
 * kept in the store, and regroups the stories they touch, without recomputing the archive. Only the merge blocks of
 * those tellings (actor pair, code group, year: {@link CrossDocumentMerge#blockKey}) are merged again, from all the
 * tellings stored in them; in the story blocks of the merged events that changed ({@link StoryGrouping#keys}) only
 * the dense runs of dates holding a change, with the stories their events were in, are grouped again
 * ({@link StoryRegion}). Tellings are taken in a canonical order (their document's
 * publication date, then document id, then order in the document), so the result does not depend on the order or
 * the batches in which documents came: adding documents in any order gives what one run over all of them gives, and
 * a merged event keeps its id (that of its earliest telling) unless an article published earlier joins it.
 * Stateless apart from its shared immutable parts: thread-safe, but two steps must not run on one store at once.
 */
public final class ArchiveMerge {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CrossDocumentMerge merge;
    private final Stories stories;

    public ArchiveMerge(CrossDocumentMerge merge, Stories stories) {
        this.merge = merge;
        this.stories = stories;
    }

    /** What one step did. */
    public record Result(int documents, int blocks, int mergedEvents, int stories) {
    }

    /** One stored telling with its parsed event and its place in the canonical order. */
    private record Member(TellingRow row, ObjectNode json, Telling telling) {
    }

    public Result update(MergeArchive archive) {
        Set<String> pending = archive.pending();
        if (pending.isEmpty()) {
            return new Result(0, 0, 0, 0);
        }
        List<Member> fresh = archive.tellingsOf(pending).stream().map(this::member).toList();
        Set<String> blocks = new HashSet<>(archive.blocksOf(pending));
        List<TellingKey> keys = new ArrayList<>();
        for (Member m : fresh) {
            String block = merge.blockKey(m.telling());
            blocks.add(block);
            keys.add(new TellingKey(m.row().docId(), m.row().seq(), block));
        }
        List<Member> all = new ArrayList<>(fresh);
        archive.tellingsInBlocks(blocks, pending).forEach(r -> all.add(member(r)));
        List<ObjectNode> merged = mergeBlocks(all);
        List<StoredMerged> old = archive.mergedInBlocks(blocks);

        StoryRegion.Region region = StoryRegion.of(archive, blocks, old, merged);
        Stories.Result s = stories.group(region.events());

        List<StoredMerged> rows = new ArrayList<>(merged.size());
        for (ObjectNode e : merged) {
            String id = e.path("id").asText();
            rows.add(new StoredMerged(new MergedRow(id, merge.blockKey(Telling.of(e)), StoryGrouping.keys(e),
                    Optional.ofNullable(e.path("date").textValue()), e.toString()),
                    Optional.ofNullable(region.kept().get(id))));
        }
        List<StoryRow> storyRows = new ArrayList<>();
        for (Story st : s.stories()) {
            if (st.events().stream().anyMatch(region.scope()::contains)) {
                if (!region.scope().containsAll(st.events())) {
                    throw new IllegalStateException("story " + st.id() + " reaches beyond the region regrouped");
                }
                storyRows.add(new StoryRow(st.id(), st.start(), StoryLines.json(st).toString(), st.events()));
            }
        }
        archive.apply(new MergeArchive.Update(pending, keys, blocks, rows, region.oldStories(), storyRows));
        return new Result(pending.size(), blocks.size(), rows.size(), storyRows.size());
    }

    private Member member(TellingRow r) {
        ObjectNode json = parse(r.json(), r.docId() + "#" + r.seq());
        return new Member(r, json, Telling.of(json).in(r.published(), r.docId(), r.seq()));
    }

    /** The merged events of the tellings of whole blocks, each block in canonical order. */
    private List<ObjectNode> mergeBlocks(List<Member> all) {
        List<Member> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(m -> m.telling().order()));
        List<ObjectNode> out = new ArrayList<>();
        Map<ObjectNode, Optional<String>> outlets = new java.util.IdentityHashMap<>();
        sorted.forEach(m -> outlets.put(m.json(), Outlets.known(m.row().url(), m.row().outlet(), m.row().source())));
        List<int[]> clusters = merge.clusters(sorted.stream().map(Member::telling).toList());
        for (int[] c : clusters) {
            List<ObjectNode> members = new ArrayList<>(c.length);
            for (int i : c) {
                members.add(sorted.get(i).json());
            }
            out.add(merge.assemble(members, outlets::get));
        }
        return out;
    }

    private static ObjectNode parse(String json, String what) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StoreException("the stored event " + what + " is not a JSON object", e);
        }
    }
}
