package org.caravan.model;

/**
 * A half-open character range {@code [start, end)} into a document's clean text.
 * The one offset type of the model: every layer points into the text through it.
 * Immutable and thread-safe.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Checks that this span lies inside a text of the given length. */
    public Span within(int textLength) {
        if (end > textLength) {
            throw new IllegalArgumentException("span " + this + " exceeds text length " + textLength);
        }
        return this;
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether the two spans share at least one character (an empty span overlaps nothing). */
    public boolean overlaps(Span other) {
        return Math.max(start, other.start) < Math.min(end, other.end);
    }

    /** The covered text. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
