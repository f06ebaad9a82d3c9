package org.sendpmo.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Draws the benchmark's CSV as an SVG: two panels against the number of projects (log scale), the warm full
 * build's seconds and the milliseconds a page, each for the pack and for Hugo, with the points labelled so
 * the figure reads without colour. {@code java … BenchPlot pack-scale.csv pack-scale.svg}
 */
public final class BenchPlot {

    private static final int PANEL_W = 420;
    private static final int PANEL_H = 300;
    private static final int MARGIN = 60;

    private BenchPlot() {
    }

    record Point(double projects, double pack, double hugo) {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<Point> seconds = new ArrayList<>();
        List<Point> perPage = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            if (cells.length != header.size()) {
                continue; // a size that did not finish
            }
            double projects = Double.parseDouble(cells[header.indexOf("projects")]);
            seconds.add(new Point(projects, value(cells, header, "warm_s"), value(cells, header, "hugo_s")));
            perPage.add(new Point(projects, value(cells, header, "ms_per_page"), value(cells, header, "hugo_ms_per_page")));
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"Arial, sans-serif\" font-size=\"12\""
                        + " role=\"img\" aria-labelledby=\"t\"><title id=\"t\">Pack build time and time a page against the number of"
                        + " projects, with Hugo's for the same pages</title><rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>",
                2 * (PANEL_W + 2 * MARGIN), PANEL_H + 2 * MARGIN + 30));
        panel(svg, 0, "Warm full build (s)", seconds);
        panel(svg, PANEL_W + 2 * MARGIN, "Time a page (ms)", perPage);
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">Solid line, circles: the pack. Dashed line, squares: Hugo."
                + " Projects on a log scale.</text></svg>%n", MARGIN, PANEL_H + 2 * MARGIN + 20));
        Files.writeString(Path.of(args[1]), svg, StandardCharsets.UTF_8);
    }

    private static double value(String[] cells, List<String> header, String column) {
        return Double.parseDouble(cells[header.indexOf(column)]);
    }

    private static void panel(StringBuilder svg, int left, String title, List<Point> points) {
        double minX = Math.log10(points.stream().mapToDouble(Point::projects).min().orElse(1));
        double maxX = Math.log10(points.stream().mapToDouble(Point::projects).max().orElse(10));
        double maxY = points.stream().mapToDouble(p -> Math.max(p.pack(), p.hugo())).max().orElse(1) * 1.1;
        int x0 = left + MARGIN;
        int y0 = MARGIN + PANEL_H;
        svg.append(String.format(Locale.ROOT, "<g><text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>", x0, MARGIN - 20, title));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>", x0, y0, x0 + PANEL_W, y0));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>", x0, y0, x0, MARGIN));
        for (int i = 0; i <= 4; i++) {
            double v = maxY * i / 4;
            double y = y0 - PANEL_H * (double) i / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", x0 - 6, y + 4, label(v)));
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>", x0, y, x0 + PANEL_W, y));
        }
        StringBuilder pack = new StringBuilder();
        StringBuilder hugo = new StringBuilder();
        for (Point p : points) {
            double x = x0 + (maxX == minX ? 0 : PANEL_W * (Math.log10(p.projects()) - minX) / (maxX - minX));
            double yPack = y0 - PANEL_H * p.pack() / maxY;
            double yHugo = y0 - PANEL_H * p.hugo() / maxY;
            pack.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yPack));
            hugo.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yHugo));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,d</text>", x, y0 + 18, (long) p.projects()));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/><text x=\"%.1f\" y=\"%.1f\">%s</text>",
                    x, yPack, x + 6, yPack - 6, label(p.pack())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"7\" fill=\"#555\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" fill=\"#555\">%s</text>", x - 3.5, yHugo - 3.5, x + 6, yHugo + 14, label(p.hugo())));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"black\" stroke-width=\"2\"/>", pack));
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"#555\" stroke-dasharray=\"6 4\"/>", hugo));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Projects</text></g>",
                x0 + PANEL_W / 2, y0 + 40));
    }

    private static String label(double v) {
        return v >= 10 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
