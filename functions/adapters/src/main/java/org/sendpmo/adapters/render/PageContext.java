package org.sendpmo.adapters.render;

import java.util.Map;

/**
 * What every page of the product needs besides its own model: who is signed in, the navigation their
 * roles allow, the CSRF token for its forms. The api provides it; where there is none (the pack
 * builder), pages render without it.
 */
public interface PageContext {

    /** Entries added to every page's model; a page's own entries of the same name win. */
    Map<String, Object> entries();
}
