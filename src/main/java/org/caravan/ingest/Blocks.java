package org.caravan.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders HTML as text blocks separated by blank lines, and measures link density. Stateless and thread-safe. */
final class Blocks {

    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "header",
            "footer", "figure", "hr", "address", "center", "form", "fieldset", "aside", "nav", "caption", "body");

    private Blocks() {
    }

    /** Share of an element's text that sits inside links (0 when it has no text). */
    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    /** The text of an element, one paragraph per block element, blank lines between paragraphs. */
    static String render(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    para.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br")) {
                        para.append('\n');
                    } else if (BREAKS.contains(e.normalName())) {
                        flush(out, para);
                    } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
                        para.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BREAKS.contains(e.normalName())) {
                    flush(out, para);
                }
            }
        }, root);
        flush(out, para);
        return out.toString().strip();
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        String[] lines = para.toString().split("\n");
        StringBuilder p = new StringBuilder();
        for (String line : lines) {
            String l = line.replace('\u00a0', ' ').replaceAll("[\\s\\u200b]+", " ").strip();
            if (!l.isEmpty()) {
                if (p.length() > 0) {
                    p.append('\n');
                }
                p.append(l);
            }
        }
        para.setLength(0);
        if (p.length() > 0) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(p);
        }
    }
}
