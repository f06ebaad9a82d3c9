package org.sendpmo.api.web;

import jakarta.inject.Singleton;
import java.util.Map;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;

/** A page that says one thing: not found, or what to do next. */
@Singleton
public class MessagePage {

    private final Pages pages;
    private final SiteConfig site;

    public MessagePage(Pages pages, SiteConfig site) {
        this.pages = pages;
        this.site = site;
    }

    public String render(String title, String message) {
        return pages.render("app/message.ftlh", Map.of("title", title, "programmeName", site.getProgrammeName(),
                "message", message));
    }
}
