package org.caravan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void numbersGrowWithInputOrder() {
        long first = Order.event(Order.document(0, 0), 0);
        assertThat(first).isZero();
        assertThat(Order.event(Order.document(0, 0), 1)).isGreaterThan(first);
        assertThat(Order.event(Order.document(0, 1), 0)).isGreaterThan(Order.event(Order.document(0, 0), 4095));
        assertThat(Order.event(Order.document(1, 0), 0))
                .isGreaterThan(Order.event(Order.document(0, (1 << Order.RECORD_BITS) - 1), 4095));
    }

    @Test
    void randomPlacesKeepTheirOrderAndStayPositive() {
        Random r = new Random(7);
        for (int i = 0; i < 1000; i++) {
            int f = r.nextInt(1 << Order.FILE_BITS);
            long rec = r.nextInt(1 << Order.RECORD_BITS);
            int e = r.nextInt(1 << Order.EVENT_BITS);
            long n = Order.event(Order.document(f, rec), e);
            assertThat(n).isNotNegative();
            assertThat(Long.compare(n, Order.event(Order.document(f, rec), 0))).isEqualTo(Integer.signum(e));
        }
    }

    @Test
    void placesBeyondTheBitsAreRefused() {
        assertThatThrownBy(() -> Order.document(1 << Order.FILE_BITS, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Order.event(0, 1 << Order.EVENT_BITS)).isInstanceOf(IllegalArgumentException.class);
    }
}
