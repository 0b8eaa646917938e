package org.caravan.explore.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as a list of {@link SearchResult.Segment}s, plain text with the matches marked,
 * passages joined by " … ". No HTML is produced, so nothing from an article can reach the page as markup.
 */
final class SegmentFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        List<SearchResult.Segment> out = new ArrayList<>();
        int last = -1;
        for (Passage p : passages) {
            if (last >= 0) {
                out.add(new SearchResult.Segment(" … ", false));
            }
            int pos = p.getStartOffset();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = Math.max(pos, p.getMatchStarts()[i]);
                int e = p.getMatchEnds()[i];
                if (e <= s) {
                    continue;
                }
                if (s > pos) {
                    out.add(new SearchResult.Segment(content.substring(pos, s), false));
                }
                out.add(new SearchResult.Segment(content.substring(s, e), true));
                pos = e;
            }
            if (p.getEndOffset() > pos) {
                out.add(new SearchResult.Segment(content.substring(pos, p.getEndOffset()), false));
            }
            last = p.getEndOffset();
        }
        return List.copyOf(out);
    }
}
