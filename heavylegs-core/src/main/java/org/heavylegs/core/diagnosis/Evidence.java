package org.heavylegs.core.diagnosis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the findings of one assessor and turns them into an {@link Assessment}, after SCIENCE.md
 * section 12's scoring sketch [heuristic]:
 * <ul>
 *   <li>each finding adds weight x degree to the evidence for (or against) the cause, the weight from
 *       its grade ({@link Strength#weight()}: A 1.0, B 0.6, C 0.3) and the degree in [0, 1] saying how
 *       fully the marker is present (e.g. how far past its threshold);</li>
 *   <li>the evidence from one {@link Source} is capped at {@link #SOURCE_CAP}, so one noisy stream
 *       cannot dominate;</li>
 *   <li>likely needs evidence of at least {@link #LIKELY_FROM}, clearly more for than against
 *       ({@link #LIKELY_MARGIN}), from at least two independent sources or one fully present grade-A
 *       marker, and support from a source that can show the cause at all (anaemia only from labs):
 *       a cause is never likely on data that cannot show it;</li>
 *   <li>possible needs {@link #POSSIBLE_FROM} and more for than against; unlikely needs
 *       {@link #UNLIKELY_FROM} against and clearly more against than for. Everything else is unknown:
 *       missing data never makes a cause unlikely.</li>
 * </ul>
 * The score, used for ranking, is for / (for + against) x for / (for + 1) [heuristic]: the share of the
 * evidence that supports the cause times how much support there is; 0 without evidence for, rising
 * towards 1 with much agreeing evidence, lowered by evidence against.
 */
public final class Evidence {

    /** Most evidence one source can give, for or against [heuristic, SCIENCE.md 12: "capped per data source"]. */
    public static final double SOURCE_CAP = 1.0;
    /** Evidence for that a likely cause needs: one full grade-A marker, or B and C markers that agree [heuristic]. */
    public static final double LIKELY_FROM = 1.0;
    /** A likely cause has at least this much more evidence for than against [heuristic]. */
    public static final double LIKELY_MARGIN = 0.6;
    /** Evidence for that a possible cause needs: one fully present marker of any grade [heuristic]. */
    public static final double POSSIBLE_FROM = 0.3;
    /** Evidence against that an unlikely cause needs: one grade-B marker, or two grade-C markers [heuristic]. */
    public static final double UNLIKELY_FROM = 0.6;
    /** An unlikely cause has at least this much more evidence against than for [heuristic]. */
    public static final double UNLIKELY_MARGIN = 0.3;
    /** The support at which the score's saturation term is one half [heuristic]. */
    public static final double SCORE_HALF_SUPPORT = 1.0;

    /** One finding with its source and how fully it is present. */
    private record Item(Source source, Finding finding, double degree) {
        double weight() {
            return finding.strength().weight() * degree;
        }
    }

    private final String cause;
    private final Set<Source> canShow;
    private final List<Item> items = new ArrayList<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private final Set<String> strategies = new LinkedHashSet<>();

    /**
     * @param cause   the cause id
     * @param canShow the sources whose data can show this cause; without support from one of them the
     *                cause is at most possible (none given: every source can)
     */
    public Evidence(String cause, Source... canShow) {
        this.cause = cause;
        this.canShow = canShow.length == 0 ? EnumSet.allOf(Source.class) : EnumSet.of(canShow[0], canShow);
    }

    /**
     * Adds a finding. A degree of 0 (or NaN) means the marker is not present and adds nothing; the
     * degree is clamped to [0, 1].
     */
    public Evidence add(Source source, Finding finding, double degree) {
        double d = Double.isNaN(degree) ? 0 : Math.max(0, Math.min(1, degree));
        if (d > 0) {
            items.add(new Item(source, finding, d));
        }
        return this;
    }

    /** Adds a fully present finding. */
    public Evidence add(Source source, Finding finding) {
        return add(source, finding, 1.0);
    }

    /** A readable hint: which data would confirm or rule this cause out. */
    public Evidence missing(String hint) {
        missing.add(hint);
        return this;
    }

    /** Strategy ids (DESIGN.md 2.3) this cause calls for. */
    public Evidence strategies(String... ids) {
        strategies.addAll(List.of(ids));
        return this;
    }

    /** Evidence for the cause, capped per source. */
    public double support() {
        return total(true);
    }

    /** Evidence against the cause, capped per source. */
    public double against() {
        return total(false);
    }

    /** True when the evidence has findings for the cause from at least one of the given sources. */
    public boolean supportedBy(Source source) {
        return items.stream().anyMatch(i -> i.finding.supports() && i.source == source);
    }

    private double total(boolean supports) {
        Map<Source, Double> bySource = new EnumMap<>(Source.class);
        for (Item i : items) {
            if (i.finding.supports() == supports) {
                bySource.merge(i.source, i.weight(), Double::sum);
            }
        }
        return bySource.values().stream().mapToDouble(v -> Math.min(SOURCE_CAP, v)).sum();
    }

    public Assessment assess() {
        double f = support();
        double a = against();
        Set<Source> sources = EnumSet.noneOf(Source.class);
        boolean fullA = false;
        for (Item i : items) {
            if (i.finding.supports()) {
                sources.add(i.source);
                fullA |= i.weight() >= Strength.STRONG.weight();
            }
        }
        boolean independent = sources.size() >= 2 || fullA;
        boolean shown = sources.stream().anyMatch(canShow::contains);
        Likelihood likelihood;
        if (f >= LIKELY_FROM && f - a >= LIKELY_MARGIN && independent && shown) {
            likelihood = Likelihood.LIKELY;
        } else if (f >= POSSIBLE_FROM && f > a) {
            likelihood = Likelihood.POSSIBLE;
        } else if (a >= UNLIKELY_FROM && a - f >= UNLIKELY_MARGIN) {
            likelihood = Likelihood.UNLIKELY;
        } else {
            likelihood = Likelihood.UNKNOWN;
        }
        double score = f <= 0 ? 0 : f / (f + a) * f / (f + SCORE_HALF_SUPPORT);
        List<Finding> findings = new ArrayList<>();
        // strongest evidence first, supporting before opposing at equal weight
        items.stream()
                .sorted((x, y) -> x.finding.supports() != y.finding.supports() ? (x.finding.supports() ? -1 : 1)
                        : Double.compare(y.weight(), x.weight()))
                .forEach(i -> findings.add(i.finding.withDegree(i.degree)));
        List<String> calls = likelihood == Likelihood.LIKELY || likelihood == Likelihood.POSSIBLE
                ? List.copyOf(strategies) : List.of();
        return new Assessment(cause, likelihood, round(score), findings, List.copyOf(missing), calls);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * A degree in [0, 1] that rises linearly from 0 at {@code from} to 1 at {@code to} (falls when
     * {@code to < from}); NaN gives 0.
     */
    public static double ramp(double x, double from, double to) {
        if (Double.isNaN(x)) {
            return 0;
        }
        double d = (x - from) / (to - from);
        return Math.max(0, Math.min(1, d));
    }

    /** A number for threshold texts: up to two decimals, trailing zeros dropped ("2", "0.85", "1.5"). */
    public static String num(double v) {
        java.math.BigDecimal b = java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
