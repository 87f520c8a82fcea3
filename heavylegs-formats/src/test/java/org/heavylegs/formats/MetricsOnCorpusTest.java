package org.heavylegs.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.MetricResults;
import org.heavylegs.core.metric.Metrics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every activity of the real corpus gets its per-run metrics without an internal error, and every
 * value of a running activity lies in a physiological range (one dynamic test per file, named by
 * it; a failure lists the file, the key, the value and the range). Files the readers refuse are the
 * readers' tests' business and are skipped here. The athlete is unknown, as in {@code inspect}
 * without {@code --athlete}: documented defaults, hr_max raised to the activity's highest heart rate.
 */
class MetricsOnCorpusTest {

    /** Inclusive physiological ranges per numeric key [heuristic: wide enough for any runner, narrow enough to catch unit and sign errors]. */
    static final Map<String, double[]> RANGES = new LinkedHashMap<>();
    /** Allowed values of the text keys. */
    static final Map<String, Set<String>> TEXTS = Map.of(
            "warmup_quality", Set.of("none", "short", "adequate"),
            "heat_category", Set.of("white", "green", "yellow", "red", "black"),
            "temperature_source", Set.of("runs.csv", "ambient sensor", "device sensor"),
            "stop_pattern", Set.of("none", "few", "irregular", "regular"));

    static {
        range("trimp_banister", 0, 2000);       // 10 h at HRr 0.7 is about 1000
        range("trimp", 0, 2000);
        range("trimp_edwards", 0, 3000);        // at most 5 per minute
        range("trimp_lucia", 0, 2000);          // at most 3 per minute
        range("hr_tss", 0, 1500);
        range("r_tss", 0, 1500);
        range("session_rpe_load", 0, 6000);
        range("intensity_factor", 0.3, 1.5);
        for (int z = 1; z <= 5; z++) {
            range("time_hr_z" + z + "_min", 0, 48 * 60);
            range("time_pace_z" + z + "_min", 0, 48 * 60);
        }
        range("pace_s_per_km", 150, 1800);      // 2:30 to 30:00 min/km, standing included
        range("gap_s_per_km", 100, 2400);
        range("ngp_s_per_km", 120, 1800);
        range("efficiency_factor", 0.3, 3.0);   // m/min per bpm
        range("decoupling_pct", -30, 40);
        range("decoupling_window_min", 20, 48 * 60);
        range("cardiac_drift_bpm_per_h", -60, 80);
        range("pace_fade_pct", -40, 40);
        range("cadence_drop_pct", -20, 20);
        range("gct_rise_pct", -30, 40);
        range("vo_rise_pct", -30, 40);
        range("warmup_min", 0, 48 * 60);
        range("hr_overshoot_bpm", 0, 60);
        range("cadence_spm", 130, 230);
        range("step_length_m", 0.4, 2.5);
        range("gct_ms", 150, 450);
        range("vo_cm", 3, 16);
        range("vertical_ratio_pct", 3, 16);
        range("gct_balance_pct", 40, 60);
        range("cadence_residual_pct", -30, 30);
        range("kcal", 0, 15000);
        range("carbs_used_g", 0, 3000);
        range("carb_share_pct", 10, 96);
        range("carbs_eaten_g", 0, 2000);
        range("carbs_eaten_g_per_h", 0, 200);
        range("glycogen_margin_kcal", -10000, 5000);
        range("depletion_distance_km", 5, 1000);
        range("wall_onset_km", 25, 300);
        range("temperature_c", -30, 50);
        range("humidity_pct", 0, 100);
        range("heat_index_c", -40, 70);
        range("wbgt_est_c", -30, 45);
        range("sweat_rate_l_per_h", 0, 5);
        range("sweat_loss_l", 0, 20);
        range("mass_loss_pct", -5, 10);
        range("fluid_balance_ml", -15000, 10000);
        range("sodium_loss_mg", 0, 30000);
        range("sodium_loss_mg_per_h", 0, 6000);
        range("sodium_balance_mg", -30000, 20000);
        range("stop_count", 0, 300);
        range("stop_total_min", 0, 48 * 60);
        range("stop_median_s", 15, 48 * 3600);
        range("stop_bout_median_min", 0, 48 * 60);
        range("stop_bout_cv", 0, 10);
    }

    private static void range(String key, double lo, double hi) {
        RANGES.put(key, new double[] {lo, hi});
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusActivityGetsPlausibleMetrics() {
        List<Path> files = Corpus.files("fit", "tcx", "gpx", "gz");
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(Corpus.name(f), () -> check(f)));
    }

    /** Every range covers every numeric key, so a new metric cannot slip past this test. */
    @TestFactory
    Stream<DynamicTest> everyKeyHasARange() {
        return Metrics.keys().stream().map(k -> DynamicTest.dynamicTest(k,
                () -> assertThat(RANGES.containsKey(k) || TEXTS.containsKey(k)
                        || k.equals("wall_detected") || k.equals("overdrink")).as(k + " has a range").isTrue()));
    }

    private static void check(Path file) {
        List<Activity> activities;
        try {
            activities = ActivityFiles.read(file);
        } catch (UnreadableFileException e) {
            return; // refused with a typed reason: the readers' tests check that
        }
        List<String> problems = new ArrayList<>();
        for (Activity a : activities) {
            Totals totals = Totals.of(a);
            LocalDate date = a.start() == null ? LocalDate.EPOCH : a.start().atZone(ZoneOffset.UTC).toLocalDate();
            Physiology p = Physiology.resolve(Athlete.UNKNOWN, date, List.of(), totals.maxHeartRateBpm());
            MetricResults r = Metrics.compute(MetricContext.of(a, p));
            String where = Corpus.name(file) + " (" + a.sport() + ", start " + a.start() + ")";
            r.notApplicable().forEach((k, reason) -> {
                if (reason.startsWith(Metrics.INTERNAL_ERROR)) {
                    problems.add(where + ": " + k + " failed: " + reason);
                }
            });
            assertThat(r.keys()).containsExactlyElementsOf(Metrics.keys());
            if (!a.isRunning()) {
                continue;
            }
            double movingMin = (Double.isFinite(totals.elapsedS()) ? totals.elapsedS() : 0) / 60 + 1;
            r.values().forEach((k, v) -> {
                if (v instanceof Double d) {
                    double[] range = RANGES.get(k);
                    if (range == null || !Double.isFinite(d) || d < range[0] || d > range[1]) {
                        problems.add(String.format(Locale.ROOT, "%s: %s = %.4g outside [%s, %s]", where, k, d,
                                range == null ? "?" : range[0], range == null ? "?" : range[1]));
                    }
                } else if (v instanceof String s && !TEXTS.getOrDefault(k, Set.of()).contains(s)) {
                    problems.add(where + ": " + k + " = " + s + " is not one of " + TEXTS.get(k));
                }
            });
            double zones = 0;
            for (int z = 1; z <= 5; z++) {
                zones += r.has("time_hr_z" + z + "_min") ? r.number("time_hr_z" + z + "_min") : 0;
            }
            if (zones > movingMin) {
                problems.add(String.format(Locale.ROOT, "%s: heart-rate zones add up to %.1f min in a %.1f-min activity", where, zones, movingMin));
            }
            if (r.has("warmup_min") && r.number("warmup_min") > movingMin) {
                problems.add(String.format(Locale.ROOT, "%s: warmup_min %.1f is longer than the activity", where, r.number("warmup_min")));
            }
            if (r.has("kcal") && Double.isFinite(totals.distanceM()) && totals.distanceM() > 1000) {
                // kcal is defined on grade-adjusted distance: a mountain run (fenix 2 multisport, 732 m up
                // in 2.2 km) costs about four flat kilometres per kilometre, as its device's own 539 kcal agrees
                double gradeFactor = r.has("pace_s_per_km") && r.has("gap_s_per_km")
                        ? r.number("pace_s_per_km") / r.number("gap_s_per_km") : 1.0;
                double perKgKm = r.number("kcal") / p.bodyMassKg() / (totals.distanceM() / 1000 * gradeFactor);
                if (perKgKm < 0.5 || perKgKm > 2.0) {
                    problems.add(String.format(Locale.ROOT, "%s: kcal %.0f is %.2f kcal/kg per grade-adjusted km (expected 0.5-2)", where, r.number("kcal"), perKgKm));
                }
            }
        }
        assertThat(problems).as("metrics outside physiological ranges").isEmpty();
    }
}
