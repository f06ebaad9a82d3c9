package org.sendpmo.pack;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sendpmo.kpi.KpiUnit;

/**
 * The geometry of a KPI's small line chart, worked out here so the template only draws it as inline SVG:
 * months run left to right (a month without a value leaves a gap in spacing, not in the line), values
 * bottom to top between the lowest and highest of the values and the baseline. Coordinates are in the
 * SVG's user units, to one decimal place.
 *
 * @param line      the polyline's points, "x,y x,y …", oldest first
 * @param dots      one per value, oldest first; the last is the latest month
 * @param baselineY the baseline's height, or null when there is no baseline
 * @param topLabel    the highest value's label, drawn level with the plot's top
 * @param bottomLabel the lowest value's label, drawn level with the plot's bottom
 */
public record KpiChart(String line, List<Dot> dots, Double baselineY, String topLabel, String bottomLabel,
                       String firstMonth, String lastMonth) {

    public static final int WIDTH = 360;
    public static final int HEIGHT = 160;
    public static final int LEFT = 64;
    public static final int RIGHT = WIDTH - 12;
    public static final int TOP = 14;
    public static final int BOTTOM = HEIGHT - 30;

    public KpiChart {
        dots = List.copyOf(dots);
    }

    public record Dot(double x, double y) {
    }

    // The frame, for the template (FreeMarker reads methods, not static fields).

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return RIGHT;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotBottom() {
        return BOTTOM;
    }

    /**
     * @param points   at least one, oldest first, months strictly increasing
     * @param baseline the baseline mean, or null
     */
    static KpiChart of(List<KpiPage.Point> points, BigDecimal baseline, KpiUnit unit) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one value");
        }
        BigDecimal low = points.get(0).value();
        BigDecimal high = low;
        for (KpiPage.Point p : points) {
            low = low.min(p.value());
            high = high.max(p.value());
        }
        if (baseline != null) {
            low = low.min(baseline);
            high = high.max(baseline);
        }
        YearMonth first = points.get(0).month();
        YearMonth last = points.get(points.size() - 1).month();
        long span = ChronoUnit.MONTHS.between(first, last);
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (KpiPage.Point p : points) {
            double x = span == 0 ? (LEFT + RIGHT) / 2.0 : LEFT + (RIGHT - LEFT) * ChronoUnit.MONTHS.between(first, p.month()) / (double) span;
            Dot dot = new Dot(round(x), y(p.value(), low, high));
            dots.add(dot);
            line.append(line.length() == 0 ? "" : " ").append(dot.x()).append(',').append(dot.y());
        }
        return new KpiChart(line.toString(), dots, baseline == null ? null : y(baseline, low, high),
                KpiFormat.value(high, unit, 1), KpiFormat.value(low, unit, 1), KpiFormat.shortMonth(first),
                KpiFormat.shortMonth(last));
    }

    /** Height of a value; all values equal sit in the middle. */
    private static double y(BigDecimal value, BigDecimal low, BigDecimal high) {
        double range = high.subtract(low).doubleValue();
        if (range == 0) {
            return round((TOP + BOTTOM) / 2.0);
        }
        return round(BOTTOM - (BOTTOM - TOP) * value.subtract(low).doubleValue() / range);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
