package org.sendpmo.pack;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The PDF board pack: the pack's key pages (the cycle home with the ranking, and the risks) in one tagged
 * PDF for the board's papers, made from the same rendered HTML as the site and written into the build as
 * {@value #PATH}. It is made at sign-off ({@link BoardPackSignOff}), when the programme office marks a build
 * final or asks for it, not on every build: laying out and tagging it cost more than the rest of a build
 * and grew with the ranking (it ran out of a 1 GB heap at 5,000 projects), and it changed on every build.
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
        return of(model.cycle(), model.site().programmeName(), model.generatedAt());
    }

    /** The board pack of a published build: titled like its home page, dated with the build time. */
    public static BoardPack of(org.sendpmo.cycle.BoardCycle cycle, String programmeName, Instant builtAt) {
        return new BoardPack(cycle.board() + " pack, " + DATE.format(cycle.meetingDate()),
                "Key pages of the assurance pack for the " + cycle.board() + " meeting of "
                        + DATE.format(cycle.meetingDate()) + ": projects ranked by priority, what needs the board's attention, and the risks",
                programmeName, KEY_PAGES, builtAt);
    }
}
