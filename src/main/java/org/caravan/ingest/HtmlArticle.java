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
import org.jsoup.select.Elements;

/**
 * Finds the article body of an HTML page and renders it as text with paragraph breaks. A content-scoring
 * method in the manner of Readability: paragraphs vote for their ancestors by length and punctuation; the
 * best ancestor, discounted by its link density, is the article; its siblings join when they score near it;
 * inside it, blocks dense in links, forms, lists of short items or images are dropped. Markup names
 * (class and id words such as "comment", "share", "related") weigh in, never the text of a particular site.
 * Stateless and thread-safe; it modifies the jsoup document it is given.
 */
final class HtmlArticle {

    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "button", "select", "input", "textarea", "label", "nav", "aside",
            "footer", "figcaption", "link", "meta", "video", "audio", "map", "dialog", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "tbody", "thead", "header", "footer", "figure", "br", "hr", "address", "center", "form", "fieldset");
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?:^|[-_ ])(?:comment|comments|disqus|share|sharing|social|related|recommend|recommended|newsletter|"
                    + "subscribe|subscription|signup|sidebar|footer|nav|navbar|navigation|menu|breadcrumbs?|promo|"
                    + "advert|advertisement|ads?|banner|cookie|popup|modal|masthead|toolbar|tags|pagination|pager|"
                    + "outbrain|taboola|caption|credit|credits|print|widget|skip|sponsor|sponsored|combx|community|"
                    + "remark|rss|shoutbox|tweet|twitter|facebook|jump|more-stories|most-popular|trending|teaser|"
                    + "hidden|login|author-bio|bio|byline|dateline|meta|timestamp|login|captcha|paywall|"
                    + "inline-related|read-more|readmore|see-also|rail)(?:$|[-_ ])");
    private static final Pattern LIKELY = Pattern.compile(
            "(?:^|[-_ ])(?:article|body|content|entry|main|post|story|text|blog|hentry|page|prose)(?:$|[-_ ])");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose");
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
        strip(body);
        Element top = best(body);
        if (top == null) {
            return Blocks.render(body);
        }
        Element article = withSiblings(top);
        prune(article);
        return Blocks.render(article);
    }

    private static void strip(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (DROP.contains(tag) || hidden(e) || (tag.equals("form") && isSmallForm(e))) {
                drop.add(e);
            } else if (!tag.equals("a") && !tag.equals("article") && !tag.equals("main")) {
                String names = names(e);
                if (!names.isEmpty() && UNLIKELY.matcher(names).find() && !LIKELY.matcher(names).find()
                        && e.text().length() * (1 - Blocks.linkDensity(e)) < 1000) {
                    drop.add(e);
                }
            }
        }
        for (Element e : drop) {
            if (e.parent() != null) {
                e.remove();
            }
        }
        body.select("header").forEach(h -> {
            if (paragraphText(h) < 200) {
                h.remove();
            }
        });
    }

    private static boolean hidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return e.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden")
                || "true".equals(e.attr("aria-hidden")) && paragraphText(e) < 200;
    }

    private static boolean isSmallForm(Element form) {
        return !form.select("textarea, input[type=text], input[type=email], input:not([type])").isEmpty()
                && paragraphText(form) < 500 || form.text().length() < 200;
    }

    static String names(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** The highest-scoring candidate container, or null when the page has no paragraph of text. */
    private static Element best(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, li, div, section, article")) {
            boolean paragraph = p.normalName().equals("p") || p.normalName().equals("pre") || !hasBlockChild(p);
            String t = paragraph ? p.text() : p.ownText();
            if (t.length() < 25) {
                continue;
            }
            double score = 1 + commas(t) + Math.min(t.length() / 100.0, 3);
            Element anc = paragraph ? p.parent() : p;
            for (int level = 0; anc != null && level < 4; level++, anc = anc.parent()) {
                if (anc.normalName().equals("html")) {
                    break;
                }
                double base = scores.computeIfAbsent(anc, HtmlArticle::initial);
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.put(anc, base + score * share);
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
        return climb(top, topScore, scores);
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

    /** Removes blocks inside the article that look like furniture rather than text. */
    private static void prune(Element article) {
        Elements all = article.select("div, section, ul, ol, table, form, figure, dl");
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e.parent() == null) {
                continue;
            }
            if (furniture(e)) {
                e.remove();
            }
        }
        for (Element h : article.select("h1, h2, h3, h4, h5, h6")) {
            if (classWeight(h) < 0 || Blocks.linkDensity(h) > 0.33) {
                h.remove();
            }
        }
        for (Element h : article.select("h1")) {
            h.remove();
        }
    }

    private static boolean furniture(Element e) {
        String t = e.text();
        int textLen = t.length();
        double weight = classWeight(e);
        if (weight < 0 && textLen < 1500) {
            return true;
        }
        if (commas(t) >= 10) {
            return false;
        }
        int p = e.getElementsByTag("p").size();
        int img = e.getElementsByTag("img").size();
        int li = e.getElementsByTag("li").size() - 100;
        int inputs = e.select("input, textarea, select").size();
        double ld = Blocks.linkDensity(e);
        boolean list = e.normalName().equals("ul") || e.normalName().equals("ol");
        if (textLen == 0) {
            return img == 0 || e.normalName().equals("figure") || img > 0;
        }
        if (img > 1 && p * 2 < img && textLen < 300) {
            return true;
        }
        if (!list && li > p) {
            return true;
        }
        if (inputs > p / 3 && inputs > 0) {
            return true;
        }
        if (weight < 25 && ld > 0.2 && textLen < 1200) {
            return true;
        }
        if (weight >= 25 && ld > 0.5) {
            return true;
        }
        return list && ld > 0.5;
    }

    static boolean isText(Node n) {
        return n instanceof TextNode;
    }
}
