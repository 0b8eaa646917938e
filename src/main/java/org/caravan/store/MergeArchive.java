package org.caravan.store;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The merged events and stories kept in the store (migration V20), read and replaced by the merge step
 * ({@code org.caravan.stories.ArchiveMerge}) one block at a time, so that adding documents never recomputes the
 * archive. Every document {@link Store#save saved} is pending until {@link #apply} covers it. The store knows nothing
 * of how tellings are merged: the blocks and keys are the caller's strings. Thread-safe (the store's lock).
 */
public interface MergeArchive {

    /**
     * A stored per-document event with what the merge needs of its document ({@code outlet}: the outlet its source
     * named, else empty).
     */
    record TellingRow(String docId, int seq, String json, Optional<String> published, Optional<String> url,
                      String source, Optional<String> outlet) {
        public TellingRow {
            Objects.requireNonNull(docId, "docId");
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(outlet, "outlet");
        }
    }

    /** A merged event: its id, merge block, story keys, date (for order) and events.jsonl line (without story). */
    record MergedRow(String eventId, String block, Set<String> storyKeys, Optional<String> date, String json) {
        public MergedRow {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(block, "block");
            storyKeys = Set.copyOf(storyKeys);
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(json, "json");
        }
    }

    /** A stored merged event with its story. */
    record StoredMerged(MergedRow row, Optional<String> storyId) {
    }

    /** A story: its id, first day (for order), stories.jsonl line and the ids of its events. */
    record StoryRow(String storyId, Optional<String> start, String json, List<String> eventIds) {
        public StoryRow {
            Objects.requireNonNull(storyId, "storyId");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(json, "json");
            eventIds = List.copyOf(eventIds);
        }
    }

    /**
     * What one merge step writes, in one transaction: the merged events of {@code blocks} (each with its story when
     * it keeps the one it had; the others get theirs from {@code stories}) and the stories replacing {@code oldStories}.
     */
    record Update(Set<String> pendingDocs, List<TellingKey> tellingBlocks, Set<String> blocks, List<StoredMerged> merged,
                  Set<String> oldStories, List<StoryRow> stories) {
        public Update {
            pendingDocs = Set.copyOf(pendingDocs);
            tellingBlocks = List.copyOf(tellingBlocks);
            blocks = Set.copyOf(blocks);
            merged = List.copyOf(merged);
            oldStories = Set.copyOf(oldStories);
            stories = List.copyOf(stories);
        }
    }

    /** The merge block of one telling. */
    record TellingKey(String docId, int seq, String block) {
    }

    /** Documents saved since the merge step last covered them. */
    Set<String> pending();

    /** The stored tellings of these documents (in document, seq order). */
    List<TellingRow> tellingsOf(Collection<String> docIds);

    /** The blocks the merge step gave the tellings of these documents when it last saw them. */
    Set<String> blocksOf(Collection<String> docIds);

    /** The tellings in these blocks (as the merge step last keyed them), leaving out those of {@code except}. */
    List<TellingRow> tellingsInBlocks(Collection<String> blocks, Collection<String> except);

    /** The merged events of these blocks. */
    List<StoredMerged> mergedInBlocks(Collection<String> blocks);

    /** The merged events having any of these story keys. */
    List<StoredMerged> mergedWithKeys(Collection<String> storyKeys);

    /** The merged events of these stories. */
    List<StoredMerged> mergedInStories(Collection<String> storyIds);

    /** Replaces, in one transaction, the merged events of {@code blocks} and the stories {@code oldStories}. */
    void apply(Update update);

    /** The merged events told by any of these documents, as events.jsonl lines with their story. */
    List<StoredMerged> mergedTelling(Collection<String> docIds);

    /** The stored stories with these ids. */
    List<StoryRow> stories(Collection<String> storyIds);

    /** Every stored story, in (start, id) order, undated last. */
    void scanStories(java.util.function.Consumer<StoryRow> sink);

    /** Number of stored stories. */
    long storyCount();
}
