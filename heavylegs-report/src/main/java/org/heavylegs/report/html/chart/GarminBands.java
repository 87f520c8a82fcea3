package org.heavylegs.report.html.chart;

import java.util.List;

/**
 * Garmin's colour bands for running dynamics (SCIENCE.md 9.1, 9.2). They are percentiles of Garmin
 * users, not targets. Cadence bands are confirmed (via a secondary source quoting the Garmin
 * manual); the bands for ground contact time, vertical oscillation, vertical ratio and balance are
 * [UNCONFIRMED], recalled and not checked against the Garmin manual, and are labelled so wherever
 * they are shown.
 */
public final class GarminBands {

    /**
     * One colour band, lower bound inclusive, upper bound exclusive. Published bands are in whole
     * units with gaps between them ("orange 273-305, red > 305"); we close the gaps so every
     * measured average falls in exactly one band, and "> x" starts just above x.
     */
    public record Band(String name, String color, double lo, double hi, String meaning) {
        boolean contains(double v) {
            return v >= lo && v < hi;
        }
    }

    /** One measure: its bands in ascending order of value and the range drawn. */
    public record Measure(String label, String unit, boolean confirmed, double drawFrom, double drawTo, List<Band> bands) {
        public Band classify(double v) {
            for (Band b : bands) {
                if (b.contains(v)) {
                    return b;
                }
            }
            return v < bands.get(0).lo() ? bands.get(0) : bands.get(bands.size() - 1);
        }
    }

    static final String PURPLE = "#7048e8";
    static final String BLUE = "#1c7ed6";
    static final String GREEN = "#37b24d";
    static final String ORANGE = "#f76707";
    static final String RED = "#e03131";

    private static final double INF = Double.POSITIVE_INFINITY;

    /** Cadence, spm: red < 153, orange 153-163, green 164-173, blue 174-183, purple > 183 (confirmed). */
    public static final Measure CADENCE = new Measure("Cadence", "spm", true, 140, 195, List.of(
            new Band("red", RED, -INF, 153, "below the 5th percentile"),
            new Band("orange", ORANGE, 153, 164, "5th to 29th percentile"),
            new Band("green", GREEN, 164, 174, "30th to 69th percentile"),
            new Band("blue", BLUE, 174, 184, "70th to 95th percentile"),
            new Band("purple", PURPLE, 184, INF, "above the 95th percentile")));

    /** Ground contact time, ms (shorter ranks higher): purple < 208 ... red > 305 [UNCONFIRMED]. */
    public static final Measure GROUND_CONTACT = new Measure("Ground contact time", "ms", false, 180, 340, List.of(
            new Band("purple", PURPLE, -INF, 208, "shortest 5 %"),
            new Band("blue", BLUE, 208, 241, "70th to 95th percentile"),
            new Band("green", GREEN, 241, 273, "30th to 69th percentile"),
            new Band("orange", ORANGE, 273, Math.nextUp(305.0), "5th to 29th percentile"),
            new Band("red", RED, Math.nextUp(305.0), INF, "longest 5 %")));

    /** Vertical oscillation, cm: purple < 6.4 ... red > 11.5 [UNCONFIRMED]. */
    public static final Measure VERTICAL_OSCILLATION = new Measure("Vertical oscillation", "cm", false, 5, 13, List.of(
            new Band("purple", PURPLE, -INF, 6.4, "lowest 5 %"),
            new Band("blue", BLUE, 6.4, 8.2, "70th to 95th percentile"),
            new Band("green", GREEN, 8.2, 9.8, "30th to 69th percentile"),
            new Band("orange", ORANGE, 9.8, Math.nextUp(11.5), "5th to 29th percentile"),
            new Band("red", RED, Math.nextUp(11.5), INF, "highest 5 %")));

    /** Vertical ratio, %: purple < 6.1 ... red > 10.1 [UNCONFIRMED]. */
    public static final Measure VERTICAL_RATIO = new Measure("Vertical ratio", "%", false, 5, 11.5, List.of(
            new Band("purple", PURPLE, -INF, 6.1, "lowest 5 %"),
            new Band("blue", BLUE, 6.1, 7.5, "70th to 95th percentile"),
            new Band("green", GREEN, 7.5, 8.7, "30th to 69th percentile"),
            new Band("orange", ORANGE, 8.7, Math.nextUp(10.1), "5th to 29th percentile"),
            new Band("red", RED, Math.nextUp(10.1), INF, "highest 5 %")));

    /** Left share of ground contact time, %: green 49.3-50.7, orange to 47.8/52.2, red beyond [UNCONFIRMED]. */
    public static final Measure BALANCE = new Measure("GCT balance", "% left", false, 46, 54, List.of(
            new Band("red", RED, -INF, 47.8, "uneven"),
            new Band("orange", ORANGE, 47.8, 49.3, "slightly uneven"),
            new Band("green", GREEN, 49.3, Math.nextUp(50.7), "even"),
            new Band("orange", ORANGE, Math.nextUp(50.7), Math.nextUp(52.2), "slightly uneven"),
            new Band("red", RED, Math.nextUp(52.2), INF, "uneven")));

    private GarminBands() {
    }
}
