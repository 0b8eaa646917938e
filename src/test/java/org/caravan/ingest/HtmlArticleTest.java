package org.caravan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlArticleTest {

    private static Element body(String html) {
        return Jsoup.parse("<html><body>" + html + "</body></html>").body();
    }

    @Test
    void inlineElementsSeparatedByWhitespaceInTheSourceKeepASpace() {
        assertThat(HtmlArticle.inlineChunks(body("<a>Security Council</a> <a>of</a>\n<a>Armenia</a> met.")))
                .containsExactly("Security Council of Armenia met.");
    }

    @Test
    void aSpaceAtTheEdgeOfAnInlineElementIsKept() {
        assertThat(HtmlArticle.inlineChunks(body("the Council <b>of </b>Armenia<i> met</i>")))
                .containsExactly("the Council of Armenia met");
    }

    @Test
    void inlineElementsWithNoSpaceBetweenThemStayJoined() {
        assertThat(HtmlArticle.inlineChunks(body("<b>Arme</b><i>nia</i>"))).containsExactly("Armenia");
    }

    @Test
    void blockChildrenSplitTheChunks() {
        assertThat(HtmlArticle.inlineChunks(body("first words <p>inside</p> last words")))
                .containsExactly("first words", "last words");
    }
}
