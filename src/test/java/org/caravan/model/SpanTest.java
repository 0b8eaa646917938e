package org.caravan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void refusesReversedOffsets() {
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNegativeStart() {
        assertThatThrownBy(() -> new Span(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesSpanPastTheText() {
        assertThatThrownBy(() -> new Span(2, 9).within(8)).hasMessageContaining("exceeds text length 8");
    }

    @Test
    void coversItsText() {
        assertThat(new Span(4, 9).of("Xi: Astana.")).isEqualTo("Astan");
    }

    @Test
    void emptySpanIsAllowedAndOverlapsNothing() {
        Span empty = new Span(3, 3);
        assertThat(empty.length()).isZero();
        assertThat(empty.overlaps(new Span(0, 10))).isFalse();
        assertThat(new Span(0, 10).contains(empty)).isTrue();
    }
}
