package org.sendpmo.adapters.pdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sendpmo.pack.BoardPack;
import org.sendpmo.pack.RenderedSite;

/**
 * One HTML document of the board pack's pages, made from the build's rendered pages: each page's main
 * content in a section of its own (a new PDF page), every id prefixed with the page's name so the pages
 * cannot clash, links between the pack's pages turned into links inside the PDF, links to pages the PDF
 * does not hold turned into their text (the offer of the PDF itself left out), and bookmarks for the
 * pages and their sections.
 */
final class BoardPackHtml {

    /** Attributes holding ids, or lists of ids, that a page's own markup refers to. */
    private static final List<String> ID_REFERENCES = List.of("headers", "aria-describedby", "aria-labelledby", "for");
    private static final Set<String> EXTERNAL = Set.of("http", "https", "mailto", "tel");
    private static final String ORIGIN = "http://pack.invalid/";

    private BoardPackHtml() {
    }

    static Document combine(RenderedSite site, BoardPack pack, String css) {
        Document out = Document.createShell("");
        Document first = page(site, pack.pages().get(0));
        out.selectFirst("html").attr("lang", first.selectFirst("html").attr("lang").isBlank()
                ? "en-GB" : first.selectFirst("html").attr("lang"));
        Element head = out.head();
        head.appendElement("title").text(pack.title());
        head.appendElement("meta").attr("name", "subject").attr("content", pack.subject());
        head.appendElement("meta").attr("name", "author").attr("content", pack.author());
        head.appendElement("style").appendText(css + pageRule(pack.title()));
        Element bookmarks = head.appendElement("bookmarks");
        for (String path : pack.pages()) {
            Element main = page(site, path).selectFirst("main");
            if (main == null) {
                throw new IllegalArgumentException(path + " has no main content");
            }
            Element section = out.body().appendElement("section").addClass("board-pack__page").id(name(path));
            for (Element child : main.children()) {
                section.appendChild(child.clone());
            }
            section.select("script").remove();
            // The page's note on where this PDF is, or a link to it, means nothing inside it: the sentence goes.
            section.select("[data-board-pack-note]").remove();
            for (Element self : section.select("a[href=" + BoardPack.PATH + "]")) {
                Element sentence = self.closest("p, li");
                (sentence == null ? self : sentence).remove();
            }
            rewrite(section, path, pack.pages());
            bookmark(bookmarks, section);
        }
        return out;
    }

    private static Document page(RenderedSite site, String path) {
        byte[] bytes = site.files().get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("The board pack's page " + path + " was not rendered");
        }
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** {@code index.html} → {@code index}, {@code projects/P01.html} → {@code projects-P01}. */
    static String name(String path) {
        return path.replaceAll("\\.html$", "").replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static void rewrite(Element section, String path, List<String> inPack) {
        String prefix = name(path) + "--";
        for (Element e : section.select("[id]")) {
            if (e != section) {
                e.id(prefix + e.id());
            }
        }
        for (String attribute : ID_REFERENCES) {
            for (Element e : section.select("[" + attribute + "]")) {
                e.attr(attribute, String.join(" ", java.util.Arrays.stream(e.attr(attribute).trim().split("\\s+"))
                        .map(id -> prefix + id).toList()));
            }
        }
        for (Element a : section.select("a[href]")) {
            String target = target(path, a.attr("href"), inPack);
            if (target == null) {
                a.unwrap();
                continue;
            }
            if (!target.isEmpty()) {
                a.attr("href", target);
            }
            if (a.attr("title").isBlank()) {
                a.attr("title", a.text()); // PDF/UA: a link annotation's alternate description (its /Contents)
            }
        }
    }

    /** @return "" to keep the link as it is, "#…" for a place in the PDF, null when it leads nowhere in the PDF */
    private static String target(String pagePath, String href, List<String> inPack) {
        URI uri;
        try {
            uri = new URI(href.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        if (uri.getScheme() != null) {
            return EXTERNAL.contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT)) ? "" : null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty()
                ? pagePath : URI.create(ORIGIN + pagePath).resolve(uri).getPath().substring(1);
        if (!inPack.contains(path)) {
            return null;
        }
        String fragment = uri.getFragment();
        return "#" + name(path) + (fragment == null || fragment.isEmpty() ? "" : "--" + fragment);
    }

    /** A bookmark for the page (its first heading) with one for each of its sections (its h2s with ids). */
    private static void bookmark(Element bookmarks, Element section) {
        Element h1 = section.selectFirst("h1");
        Element page = bookmarks.appendElement("bookmark")
                .attr("name", h1 == null ? section.id() : h1.text()).attr("href", "#" + section.id());
        for (Element h2 : section.select("h2[id]")) {
            page.appendElement("bookmark").attr("name", h2.text()).attr("href", "#" + h2.id());
        }
    }

    /** A4 with the pack's title at the top of each page and the page number at the foot. */
    private static String pageRule(String title) {
        String quoted = "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return "\n@page { size: A4; margin: 20mm 15mm 18mm 15mm;"
                + " @top-left { content: " + quoted + "; font-family: \"Liberation Sans\"; font-size: 8pt; color: #505a5f; }"
                + " @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);"
                + " font-family: \"Liberation Sans\"; font-size: 8pt; color: #505a5f; } }\n";
    }
}
