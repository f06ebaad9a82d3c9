package org.sendpmo.pack;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The PDF board pack: the pack's key pages (the cycle home with the ranking, and the risks) in one tagged
 * PDF for the board's papers, made from the same rendered HTML as the site and written into the build as
 * {@value #PATH}.
 *
 * @param pages     paths of the build's pages, in the order the PDF holds them
 * @param createdAt the build time, recorded as the PDF's creation date
 */
public record BoardPack(String title, String subject, String author, List<String> pages, Instant createdAt) {

    public static final String PATH = "board-pack.pdf";

    /** The key pages, in order. A page added to the pack for the board's papers is added here. */
    public static final List<String> KEY_PAGES = List.of("index.html", "risks.html");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    public BoardPack {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a board pack needs at least one page");
        }
    }

    /** The board pack of a build: titled like its home page. */
    public static BoardPack of(PackModel model) {
        return new BoardPack(model.cycle().board() + " pack, " + DATE.format(model.cycle().meetingDate()),
                "Key pages of the assurance pack for the " + model.cycle().board() + " meeting of "
                        + DATE.format(model.cycle().meetingDate()) + ": projects ranked by priority, what needs the board's attention, and the risks",
                model.site().programmeName(), KEY_PAGES, model.generatedAt());
    }
}
