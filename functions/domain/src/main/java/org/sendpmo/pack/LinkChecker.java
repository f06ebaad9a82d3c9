package org.sendpmo.pack;

import java.util.List;

/** Port: finds internal links in rendered HTML that point at no rendered file. */
public interface LinkChecker {

    /** @return one line per broken link: the page, the link and where it resolves */
    List<String> brokenLinks(RenderedSite site);
}
