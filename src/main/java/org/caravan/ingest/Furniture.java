package org.caravan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Recognises page furniture in HTML: elements that never hold article text (scripts, navigation, forms),
 * hidden elements, containers whose class or id names furniture (comments, sharing, related links, newsletter,
 * sidebar...) unless they hold the article, and, inside the chosen article, blocks dense in links, inputs,
 * images or short list items. Stateless and thread-safe; it modifies the elements it is given.
 */
final class Furniture {

    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "button", "select", "input", "textarea", "label", "nav", "aside",
            "footer", "figcaption", "link", "meta", "video", "audio", "map", "dialog", "menu");

    private static final Pattern UNLIKELY = Pattern.compile(
            "comment|disqus|sidebar|newsletter|subscri|social|outbrain|taboola|related|breadcrumb|cookie|sponsor|"
                    + "promo|advert|banner|popup|modal|masthead|toolbar|pagination|captcha|signup|shoutbox|"
                    + "(?:^|[-_ ])(?:share|sharing|recommend|recommended|footer|nav|navbar|navigation|menu|ads?|tags|"
                    + "pager|caption|credits?|print|widget|skip|combx|community|remark|rss|"
                    + "jump|more-stories|most-popular|trending|teaser|hidden|login|author-bio|bio|byline|dateline|"
                    + "meta|timestamp|inline-related|read-more|readmore|see-also|rail)(?:$|[-_ ])");

    private static final Pattern LIKELY = Pattern.compile(
            "(?:^|[-_ ])(?:article|body|content|entry|main|post|story|text|blog|hentry|page|prose|embed)(?:$|[-_ ])");

    /** Drops the short, unfinished blocks (labels, buttons, counters) at the start and end of the text. */
    static String trimEnds(String text) {
        List<String> blocks = new ArrayList<>(List.of(text.split("\n\n")));
        while (blocks.size() > 1 && furnitureLine(blocks.get(blocks.size() - 1))) {
            blocks.remove(blocks.size() - 1);
        }
        while (blocks.size() > 1 && furnitureLine(blocks.get(0))) {
            blocks.remove(0);
        }
        return String.join("\n\n", blocks);
    }

    static boolean furnitureLine(String block) {
        return TextCleaner.words(block) <= 4 && !TextCleaner.prose(block) && !block.strip().endsWith(".");
    }

    static void strip(Element body, boolean byNames) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (DROP.contains(tag) || hidden(e) || (tag.equals("form") && isSmallForm(e))) {
                drop.add(e);
            } else if (byNames && !tag.equals("a") && !tag.equals("article") && !tag.equals("main")) {
                String names = HtmlArticle.names(e);
                if (!names.isEmpty() && UNLIKELY.matcher(names).find() && !LIKELY.matcher(names).find()
                        && !holdsArticle(e)) {
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

    /** Whether an element holds an article container that is not itself furniture (as a wrapper named "rail" may). */
    static boolean holdsArticle(Element e) {
        for (Element a : e.select("article, main, [itemprop=articleBody]")) {
            if (!UNLIKELY.matcher(HtmlArticle.names(a)).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean hidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        return e.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden")
                || "true".equals(e.attr("aria-hidden")) && paragraphText(e) < 200;
    }

    static boolean isSmallForm(Element form) {
        return !form.select("textarea, input[type=text], input[type=email], input:not([type])").isEmpty()
                && paragraphText(form) < 500 || form.text().length() < 200;
    }

    static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.getElementsByTag("p")) {
            n += p.text().length();
        }
        return n;
    }

    /** Removes blocks inside the article that look like furniture rather than text. */
    static void prune(Element article) {
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
            if (HtmlArticle.classWeight(h) < 0 || Blocks.linkDensity(h) > 0.33) {
                h.remove();
            }
        }
        for (Element h : article.select("h1")) {
            h.remove();
        }
    }

    static boolean furniture(Element e) {
        if (LIKELY.matcher(HtmlArticle.names(e)).find() && e.selectFirst("blockquote") != null) {
            return false;
        }
        String t = e.text();
        int textLen = t.length();
        double weight = HtmlArticle.classWeight(e);
        if (weight < 0 && textLen < 1500) {
            return true;
        }
        if (HtmlArticle.commas(t) >= 10) {
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

    private Furniture() {
    }
}
