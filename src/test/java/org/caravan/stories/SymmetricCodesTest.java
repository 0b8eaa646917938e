package org.caravan.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SymmetricCodesTest {

    private static SymmetricCodes parse(String tsv) throws IOException {
        return SymmetricCodes.parse(new BufferedReader(new StringReader(tsv)), "test.tsv");
    }

    @Test
    void theBundledFileMakesTalksAndSigningsSymmetricButNotPraise() {
        SymmetricCodes codes = SymmetricCodes.bundled();
        assertThat(codes.symmetric("040")).isTrue();
        assertThat(codes.symmetric("0571")).isTrue();
        assertThat(codes.symmetric("190")).isTrue();
        assertThat(codes.symmetric("051")).isFalse();
        assertThat(codes.symmetric("111")).isFalse();
    }

    @Test
    void aUserLineAddsAPrefix() throws IOException {
        SymmetricCodes codes = parse("# mine\nprefix\twhat\n03\tExpress intent to cooperate\n");
        assertThat(codes.symmetric("036")).isTrue();
        assertThat(codes.symmetric("040")).isFalse();
    }

    @Test
    void aBadHeaderOrPrefixIsNamedWithItsLine() {
        assertThatThrownBy(() -> parse("code\twhat\n04\tConsult\n")).hasMessageContaining("test.tsv: the header");
        assertThatThrownBy(() -> parse("prefix\twhat\n4x\tConsult\n")).hasMessageContaining("test.tsv:2");
    }
}
