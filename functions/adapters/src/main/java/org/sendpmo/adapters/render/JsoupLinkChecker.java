package org.sendpmo.adapters.render;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>Linear in the size of the site: each page is parsed once, and only its anchors
 * (ids and names, as a set) and its links are kept, never its document, so a pack of 10,000 project
 * pages needs neither 10,000 DOMs in memory nor a walk of the target page for every fragment link
 * (which made the check quadratic: every project page links to fragments of the large index pages).
 */
@Singleton
public class JsoupLinkChecker implements LinkChecker {

    /** Elements and the attribute that holds their link, in the order links are reported. */
    private static final List<String[]> LINKING = List.of(new String[] {"a", "href"}, new String[] {"link", "href"},
            new String[] {"img", "src"}, new String[] {"script", "src"});
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** A made-up origin to resolve relative paths against; only the path is used. */
    private static final String ORIGIN = "http://site.invalid/";

    /** A link to a fragment, checked once every page's anchors are known. */
    private record FragmentLink(String description, String target, String fragment) {
    }

    /** One page's anchors, its broken links and its fragment links to check once every page's anchors are known. */
    private record PageLinks(String path, Set<String> anchors, List<String> broken, List<FragmentLink> fragments) {
    }

    @Override
    public List<String> brokenLinks(RenderedSite site) {
        Map<String, Set<String>> anchors = new HashMap<>();
        List<FragmentLink> fragments = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        List<String> pages = site.files().keySet().stream().filter(path -> path.endsWith(".html")).toList();
        // Pages are parsed on every core, and their findings taken in path order, so reports read the same each time.
        InOrderBatches.run(pages, path -> linksOf(path, site), page -> {
            anchors.put(page.path(), page.anchors());
            broken.addAll(page.broken());
            fragments.addAll(page.fragments());
        });
        for (FragmentLink link : fragments) {
            Set<String> targetAnchors = anchors.get(link.target());
            if (targetAnchors == null) {
                broken.add(link.description() + "has a fragment on a non-HTML file " + link.target());
            } else if (!targetAnchors.contains(link.fragment())) {
                broken.add(link.description() + "names #" + link.fragment() + ", which is not an id on " + link.target());
            }
        }
        return broken;
    }

    private static PageLinks linksOf(String path, RenderedSite site) {
        Document page = Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8));
        PageLinks links = new PageLinks(path, anchorsOf(page), new ArrayList<>(), new ArrayList<>());
        checkLinks(path, page, site, links.broken(), links.fragments());
        return links;
    }

    /** Every element id and anchor name on the page: what a fragment may name. */
    private static Set<String> anchorsOf(Document page) {
        Set<String> names = new HashSet<>();
        for (Element element : page.getAllElements()) {
            if (element.hasAttr("id")) {
                names.add(element.id());
            }
            if (element.nameIs("a") && element.hasAttr("name")) {
                names.add(element.attr("name"));
            }
        }
        return names;
    }

    private static void checkLinks(String pagePath, Document page, RenderedSite site, List<String> broken,
                                   List<FragmentLink> fragments) {
        for (String[] linking : LINKING) {
            String tag = linking[0];
            String attribute = linking[1];
            for (Element element : page.getElementsByTag(tag)) {
                if (!element.hasAttr(attribute)) {
                    continue;
                }
                String link = element.attr(attribute);
                String description = pagePath + ": " + tag + " " + attribute + "=\"" + link + "\" ";
                String problem = check(pagePath, link, site, description, fragments);
                if (problem != null) {
                    broken.add(description + problem);
                }
            }
        }
    }

    /** @return null when the link is fine or its fragment is left to check later, otherwise what is wrong with it */
    private static String check(String pagePath, String link, RenderedSite site, String description,
                                List<FragmentLink> fragments) {
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
            fragments.add(new FragmentLink(description, target, fragment));
        }
        return null;
    }
}
