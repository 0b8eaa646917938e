package org.caravan.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article body of an HTML page and renders it as text with paragraph breaks. A content-scoring
 * method in the manner of Readability: paragraphs vote for their ancestors by length and punctuation; the
 * best ancestor, discounted by its link density, is the article; its siblings join when they score near it;
 * inside it, blocks dense in links, forms, lists of short items or images are dropped. Markup names
 * (class and id words such as "comment", "share", "related") weigh in, never the text of a particular site.
 * Stateless and thread-safe; it modifies the jsoup document it is given.
 */
final class HtmlArticle {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "header", "footer", "figure", "br", "hr", "address", "center", "form", "fieldset");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose");
    /** The runs of spaces that joining inline elements with their edge spaces leaves. */
    private static final Pattern SPACES = Pattern.compile("  +");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|"
                    + "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
                    + "shopping|tags|tool|widget|newsletter|subscribe|social|caption|credit|byline|author");

    private HtmlArticle() {
    }

    /** The article text of a parsed page: paragraphs separated by blank lines; empty when none is found. */
    static String text(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        Element spare = body.clone();
        String text = extract(body, true);
        if (text.length() < 250) {
            String lenient = extract(spare, false);
            if (lenient.length() > text.length() * 2) {
                return lenient;
            }
        }
        return text;
    }

    /** Extracts from a body; {@code byNames} also drops containers whose class or id name page furniture. */
    private static String extract(Element body, boolean byNames) {
        Furniture.strip(body, byNames);
        Element top = best(body);
        if (top == null) {
            return Blocks.render(body);
        }
        Element article = withSiblings(top);
        Furniture.prune(article);
        return Furniture.trimEnds(Blocks.render(article));
    }

    static String names(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
    }

    /** The highest-scoring candidate container, or null when the page has no paragraph of text. */
    private static Element best(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, li, div, section, article, span, font")) {
            String name = p.normalName();
            boolean paragraph = name.equals("p") || name.equals("pre")
                    || (!hasBlockChild(p) && !hasDoubleBreak(p) && !name.equals("span") && !name.equals("font"));
            if (paragraph) {
                credit(scores, p.parent(), p.text());
            } else {
                for (String chunk : inlineChunks(p)) {
                    credit(scores, p, chunk);
                }
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            double s = en.getValue() * (1 - Blocks.linkDensity(en.getKey()));
            scores.put(en.getKey(), s);
            if (s > topScore) {
                top = en.getKey();
                topScore = s;
            }
        }
        if (top == null) {
            return null;
        }
        return chunks(climb(top, topScore, scores), body);
    }

    /**
     * When the article is cut into chunks of the same markup (same tag and class, as between advertisement
     * slots), the lowest container holding every chunk that reads as text.
     */
    private static Element chunks(Element top, Element body) {
        if (top.className().isBlank()) {
            return top;
        }
        List<Element> same = new ArrayList<>();
        for (Element e : body.getElementsByClass(top.classNames().iterator().next())) {
            if (e.normalName().equals(top.normalName()) && e.className().equals(top.className())
                    && e.text().length() > 100 && Blocks.linkDensity(e) < 0.3) {
                same.add(e);
            }
        }
        if (same.size() < 2) {
            return top;
        }
        Element common = top;
        for (Element e : same) {
            while (common != null && e != common && !e.parents().contains(common)) {
                common = common.parent();
            }
        }
        return common == null || common == body ? top : common;
    }

    /** Gives a paragraph's score to a container and, decreasingly, to its ancestors. */
    private static void credit(Map<Element, Double> scores, Element container, String text) {
        if (text.length() < 25 || container == null) {
            return;
        }
        double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
        Element anc = container;
        for (int level = 0; anc != null && level < 4; level++, anc = anc.parent()) {
            if (anc.normalName().equals("html")) {
                break;
            }
            double base = scores.computeIfAbsent(anc, HtmlArticle::initial);
            double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
            scores.put(anc, base + score * share);
        }
    }

    /** Runs of text directly inside an element, split at block children and at double line breaks. */
    static List<String> inlineChunks(Element e) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean lastBreak = false;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                if (t.isBlank()) {
                    sb.append(' '); // the space between two inline elements: "<a>of</a> <a>Armenia</a>"
                } else {
                    sb.append(t.text());
                    lastBreak = false;
                }
            } else if (n instanceof Element c) {
                String name = c.normalName();
                if (name.equals("br")) {
                    if (lastBreak) {
                        flushChunk(sb, out);
                    }
                    sb.append(' ');
                    lastBreak = true;
                } else if (BLOCKS.contains(name)) {
                    flushChunk(sb, out);
                    lastBreak = false;
                } else {
                    appendInline(sb, c);
                    lastBreak = false;
                }
            }
        }
        flushChunk(sb, out);
        return out;
    }

    /** An inline element's text, keeping the space its source has at either edge ("<b>of </b>Armenia"). */
    private static void appendInline(StringBuilder sb, Element c) {
        String whole = c.wholeText();
        boolean before = !whole.isEmpty() && Character.isWhitespace(whole.charAt(0));
        boolean after = !whole.isEmpty() && Character.isWhitespace(whole.charAt(whole.length() - 1));
        sb.append(before ? " " : "").append(c.text()).append(after ? " " : "");
    }

    private static void flushChunk(StringBuilder sb, List<String> out) {
        String t = SPACES.matcher(sb).replaceAll(" ").strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
        sb.setLength(0);
    }

    private static boolean hasDoubleBreak(Element e) {
        for (Element br : e.children()) {
            if (!br.normalName().equals("br")) {
                continue;
            }
            Node next = br.nextSibling();
            while (next instanceof TextNode t && t.isBlank()) {
                next = next.nextSibling();
            }
            if (next instanceof Element n && n.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    /** Moves up when the parent holds other strong candidates too (an article split over several containers). */
    private static Element climb(Element top, double topScore, Map<Element, Double> scores) {
        List<Element> alternatives = new ArrayList<>();
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            if (en.getKey() != top && en.getValue() >= topScore * 0.75) {
                alternatives.add(en.getKey());
            }
        }
        Element parent = top.parent();
        if (alternatives.size() >= 3) {
            while (parent != null && !parent.normalName().equals("body")) {
                int inside = 0;
                for (Element a : alternatives) {
                    if (a.parents().contains(parent)) {
                        inside++;
                    }
                }
                if (inside >= 3) {
                    return parent;
                }
                parent = parent.parent();
            }
        }
        Element cur = top;
        parent = cur.parent();
        while (parent != null && !parent.normalName().equals("body") && parent.children().size() == 1) {
            cur = parent;
            parent = cur.parent();
        }
        return cur;
    }

    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    static double classWeight(Element e) {
        double w = 0;
        String c = e.className().toLowerCase(Locale.ROOT);
        String id = e.id().toLowerCase(Locale.ROOT);
        for (String s : new String[] {c, id}) {
            if (s.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(s).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(s).find()) {
                w += 25;
            }
        }
        if (e.normalName().equals("article") || "articleBody".equals(e.attr("itemprop"))) {
            w += 25;
        }
        return w;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName()) && !c.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }

    /** The top candidate with those of its siblings that look like more of the article. */
    private static Element withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return top;
        }
        Element wrap = new Element("div");
        double topWeight = classWeight(top);
        for (Element sib : new ArrayList<>(parent.children())) {
            if (sib == top) {
                wrap.appendChild(sib.clone());
                continue;
            }
            String t = sib.text();
            double ld = Blocks.linkDensity(sib);
            boolean sameClass = !top.className().isEmpty() && sib.className().equals(top.className());
            boolean keep = (sameClass && topWeight >= 0 && ld < 0.3 && t.length() > 80)
                    || (sib.normalName().equals("p") && t.length() > 80 && ld < 0.25)
                    || (sib.normalName().equals("p") && t.length() > 0 && ld == 0 && endsSentence(t));
            if (keep) {
                wrap.appendChild(sib.clone());
            }
        }
        return wrap;
    }

    static boolean endsSentence(String t) {
        String s = t.strip();
        return !s.isEmpty() && ".!?…»\"”'’)".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

}
