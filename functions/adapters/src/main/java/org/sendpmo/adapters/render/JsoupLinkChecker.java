package org.sendpmo.adapters.render;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sendpmo.pack.LinkChecker;
import org.sendpmo.pack.RenderedSite;

/**
 * Checks every relative link of a rendered site resolves to a file in the site, and every
 * {@code #fragment} to an element id (or anchor name) on its target page. The pack is opened from
 * disk, so a root-absolute link ("/x") is reported too; external http(s), mailto and tel links are
 * not followed.
 */
@Singleton
public class JsoupLinkChecker implements LinkChecker {

    /** Elements and the attribute that holds their link. */
    private static final Map<String, String> LINKING = Map.of("a", "href", "link", "href", "img", "src", "script", "src");
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** A made-up origin to resolve relative paths against; only the path is used. */
    private static final String ORIGIN = "http://site.invalid/";

    @Override
    public List<String> brokenLinks(RenderedSite site) {
        Map<String, Document> pages = new HashMap<>();
        site.files().forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                pages.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, Document> page : new TreeMap<>(pages).entrySet()) {
            LINKING.forEach((tag, attribute) -> {
                for (Element element : page.getValue().select(tag + "[" + attribute + "]")) {
                    String problem = check(page.getKey(), element.attr(attribute), site, pages);
                    if (problem != null) {
                        broken.add(page.getKey() + ": " + tag + " " + attribute + "=\"" + element.attr(attribute) + "\" " + problem);
                    }
                }
            });
        }
        return broken;
    }

    /** @return null when the link is fine, otherwise what is wrong with it */
    private static String check(String pagePath, String link, RenderedSite site, Map<String, Document> pages) {
        String href = link.strip();
        if (href.isEmpty()) {
            return "is empty";
        }
        if (href.startsWith("//")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return "is not a valid URI (" + e.getReason() + ")";
        }
        if (uri.getScheme() != null) {
            return EXTERNAL_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    ? null : "uses an unsupported scheme";
        }
        if (href.startsWith("/")) {
            return "is root-absolute, which breaks when the pack is opened from disk";
        }
        String target;
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            target = pagePath; // "#fragment" or "?query": this page
        } else {
            URI resolved = URI.create(ORIGIN + pagePath).resolve(uri);
            String path = resolved.getPath();
            if (!resolved.getHost().equals("site.invalid") || path.startsWith("/..") || !path.startsWith("/")) {
                return "points outside the site";
            }
            target = path.substring(1);
        }
        if (!site.files().containsKey(target)) {
            return "resolves to " + target + ", which is not in the site";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            Document doc = pages.get(target);
            if (doc == null) {
                return "has a fragment on a non-HTML file " + target;
            }
            if (doc.getElementById(fragment) == null && doc.select("a[name=" + cssQuote(fragment) + "]").isEmpty()) {
                return "names #" + fragment + ", which is not an id on " + target;
            }
        }
        return null;
    }

    private static String cssQuote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
