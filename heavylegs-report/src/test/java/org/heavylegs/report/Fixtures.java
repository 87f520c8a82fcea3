package org.heavylegs.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.StreamsBuilder;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.diagnosis.Urgency;
import org.heavylegs.report.html.chart.ChartData;
import org.heavylegs.report.html.chart.Dynamics;
import org.heavylegs.report.html.chart.FocusRun;
import org.heavylegs.report.html.chart.LoadSeries;
import org.heavylegs.report.html.chart.RecoverySeries;
import org.heavylegs.report.html.chart.RunEfficiency;
import org.heavylegs.report.html.chart.RunWindow;
import org.heavylegs.report.html.chart.SweatRun;

/**
 * A fixed synthetic athlete for the report tests: a runner with two likely causes at once
 * (overtraining and dehydration), one urgent and one routine red flag, a plan, and chart data
 * written out by hand-made formulas (no randomness), so golden files stay stable.
 */
public final class Fixtures {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    private Fixtures() {
    }

    public static Diagnosis diagnosis() {
        return diagnosis("Alex", "activities/2026-11-20.fit");
    }

    public static Diagnosis diagnosis(String athlete, String focusFile) {
        List<Assessment> causes = List.of(
                new Assessment("overtraining", Likelihood.LIKELY, 0.81, List.of(
                        Finding.numeric("acwr", 1.55, "", "> 1.5", true, Strength.WEAK, "Gabbett 2016"),
                        Finding.numeric("hrv_ln_rmssd_7d", 4.08, "ln ms", "< baseline band 4.13-4.29", true, Strength.MODERATE, "Plews 2013"),
                        Finding.numeric("resting_hr_delta_bpm", 6, "bpm", "> +5 bpm", true, Strength.MODERATE, "Buchheit 2014"),
                        Finding.numeric("tsb", -43.2, "", "< -20", true, Strength.WEAK, "heuristic"),
                        Finding.numeric("monotony", 1.3, "", "> 2.0", false, Strength.WEAK, "Foster 1998")),
                        List.of(), List.of("rest_recovery", "gradual_load")),
                new Assessment("dehydration", Likelihood.LIKELY, 0.74, List.of(
                        Finding.numeric("mass_loss_pct", 2.4, "%", "> 2 %", true, Strength.STRONG, "Sawka 2007"),
                        Finding.numeric("decoupling_pct", 7.8, "%", "> 5 %", true, Strength.WEAK, "Friel convention"),
                        Finding.numeric("heat_index_c", 27.1, "C", ">= 32 C", false, Strength.MODERATE, "NWS 1990")),
                        List.of("urine_ml in runs.csv would sharpen the sweat rate"), List.of("hydration")),
                new Assessment("glycogen_depletion", Likelihood.POSSIBLE, 0.46, List.of(
                        Finding.numeric("carbs_g_per_h", 18, "g/h", "< 30 g/h over 2 h", true, Strength.MODERATE, "Jeukendrup 2014"),
                        Finding.numeric("late_pace_fade_pct", 9.5, "%", "> 25 %", false, Strength.MODERATE, "Shiga 2025")),
                        List.of(), List.of("carbohydrate")),
                new Assessment("muscle_fatigue", Likelihood.POSSIBLE, 0.41, List.of(
                        Finding.numeric("cadence_drop_pct", 4.2, "%", "> 3 %", true, Strength.WEAK, "heuristic"),
                        Finding.numeric("gct_rise_pct", 6.1, "%", "> 5 %", true, Strength.WEAK, "Chan-Roper 2012")),
                        List.of(), List.of("rest_recovery")),
                new Assessment("heat_stress", Likelihood.POSSIBLE, 0.33, List.of(
                        Finding.numeric("heat_index_c", 27.1, "C", ">= 32 C", false, Strength.MODERATE, "NWS 1990"),
                        Finding.numeric("recent_hot_runs_pct", 30, "%", ">= 50 % of runs at heat index >= 26.7 C", true,
                                Strength.MODERATE, "NWS heat index").withDegree(0.6),
                        Finding.numeric("decoupling_pct", 7.8, "%", "> 5 %", true, Strength.WEAK, "Friel convention")),
                        List.of(), List.of("hydration")),
                new Assessment("worn_shoes", Likelihood.POSSIBLE, 0.3, List.of(
                        Finding.numeric("shoe_km", 850, "km", "> 800 km", true, Strength.WEAK, "heuristic")),
                        List.of(), List.of("footwear_form")),
                new Assessment("biomechanics", Likelihood.UNLIKELY, 0.18, List.of(
                        Finding.numeric("cadence_spm", 158, "spm", "< 153 spm (Garmin red)", false, Strength.WEAK, "Garmin bands"),
                        Finding.numeric("gct_balance_left_pct", 51.2, "%", "outside 47.8-52.2 %", false, Strength.WEAK, "Garmin bands [UNCONFIRMED]")),
                        List.of(), List.of()),
                new Assessment("inadequate_warmup", Likelihood.UNLIKELY, 0.15, List.of(
                        Finding.categorical("heaviness_first_km_only", "no", "yes", false, Strength.MODERATE, "questionnaire")),
                        List.of(), List.of()),
                new Assessment("electrolyte_imbalance", Likelihood.UNLIKELY, 0.12, List.of(
                        Finding.numeric("sodium", 139, "mmol/L", "< 135 mmol/L", false, Strength.STRONG, "Hew-Butler 2015")),
                        List.of(), List.of()),
                new Assessment("sleep_debt", Likelihood.UNLIKELY, 0.1, List.of(
                        Finding.numeric("sleep_h", 7.6, "h", "< 7 h", false, Strength.WEAK, "heuristic")),
                        List.of(), List.of()),
                new Assessment("medication", Likelihood.UNLIKELY, 0.05, List.of(
                        Finding.categorical("medications", "none", "statin, beta_blocker or diuretic", false, Strength.MODERATE, "athlete.yaml")),
                        List.of(), List.of()),
                new Assessment("anemia", Likelihood.UNKNOWN, 0.0, List.of(),
                        List.of("hemoglobin and ferritin in labs.csv would decide this"), List.of()),
                new Assessment("poor_circulation", Likelihood.UNKNOWN, 0.0, List.of(),
                        List.of("the claudication and swelling questions in athlete.yaml would decide this"), List.of()),
                new Assessment("low_energy_availability", Likelihood.UNKNOWN, 0.0, List.of(),
                        List.of("body_mass_kg in wellness.csv over several weeks would show a trend"), List.of()));
        List<RedFlag> flags = List.of(
                new RedFlag("suspected_dvt", Urgency.URGENT,
                        "One calf is swollen. A clot in a leg vein must be ruled out today: see a doctor or an urgent care "
                                + "service before you run again.",
                        List.of("leg_swelling: one_side (athlete.yaml)")),
                new RedFlag("anemia", Urgency.ROUTINE,
                        "Heavy menstrual bleeding with heavy legs: ask your doctor for a blood count and ferritin.",
                        List.of("heavy_menstrual_bleeding: true (athlete.yaml)")));
        Map<String, Double> hydration = new LinkedHashMap<>();
        hydration.put("fluid_ml_per_h", 650.0);
        hydration.put("sodium_mg_per_h", 480.0);
        Map<String, Double> rest = new LinkedHashMap<>();
        rest.put("rest_days", 2.0);
        rest.put("load_reduction_pct", 40.0);
        Map<String, Double> carbs = new LinkedHashMap<>();
        carbs.put("carbs_g_per_h", 60.0);
        Map<String, Double> load = new LinkedHashMap<>();
        load.put("weekly_load_ceiling_per_week", 310.0);
        List<PlanItem> plan = List.of(
                new PlanItem("see_a_doctor", List.of("Have the swollen calf checked today, before your next run."), Map.of()),
                new PlanItem("rest_recovery", List.of("Take two full rest days this week.",
                        "Then run easy only, about 40 % less than last week, for 10 days."), rest),
                new PlanItem("hydration", List.of("Drink about 650 mL per hour on runs over an hour, in small sips.",
                        "Weigh yourself before and after long runs; stay within 2 % and never come back heavier."), hydration),
                new PlanItem("gradual_load", List.of("Keep your weekly load under 310 points for the next three weeks."), load),
                new PlanItem("carbohydrate", List.of("On runs over 90 minutes take 60 g of carbohydrate per hour."), carbs));
        return new Diagnosis(athlete, AS_OF, 28, focusFile, Instant.parse("2026-11-20T07:02:11Z"),
                List.of("hr_max estimated as 189 from age (Tanaka formula)", "sweat sodium assumed 40 mmol/L"),
                causes, flags, plan, List.of("wellness.csv:17: resting_hr 400 is impossible; row skipped"));
    }

    public static ChartData chartData() {
        return new ChartData(load(), recovery(), focusRun(), efficiency(), sweat(), dynamics());
    }

    static List<LocalDate> days(int n) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            days.add(AS_OF.minusDays(i));
        }
        return days;
    }

    /** 42 days: a steady block, then a jump in the last 9 days; CTL/ATL/ACWR by their EWMA formulas. */
    public static LoadSeries load() {
        int n = 42;
        double[] daily = new double[n];
        for (int i = 0; i < n; i++) {
            int dow = i % 7;
            double base = dow == 0 ? 0 : dow == 3 ? 90 : dow == 6 ? 120 : 50;
            daily[i] = i >= n - 9 ? base * 2.3 + (dow == 0 ? 70 : 0) : base;
        }
        double[] ctl = new double[n];
        double[] atl = new double[n];
        double[] tsb = new double[n];
        double[] acwr = new double[n];
        double c = 55;
        double a = 55;
        double ea = 55;
        double ec = 55;
        for (int i = 0; i < n; i++) {
            tsb[i] = c - a;
            c += (daily[i] - c) / 42;
            a += (daily[i] - a) / 7;
            ea = 2.0 / 8 * daily[i] + (1 - 2.0 / 8) * ea;
            ec = 2.0 / 29 * daily[i] + (1 - 2.0 / 29) * ec;
            ctl[i] = c;
            atl[i] = a;
            acwr[i] = i < 7 ? Double.NaN : ea / ec;
        }
        return new LoadSeries(days(n), ctl, atl, tsb, acwr);
    }

    /** 42 mornings: HRV drops and resting HR climbs over the last ten days; a few mornings missing. */
    public static RecoverySeries recovery() {
        int n = 42;
        double[] ln = new double[n];
        double[] rhr = new double[n];
        for (int i = 0; i < n; i++) {
            double wobble = Math.sin(i * 1.7) * 0.08;
            ln[i] = 4.22 + wobble - (i >= n - 10 ? 0.022 * (i - (n - 10)) : 0);
            rhr[i] = 48 + Math.round(Math.cos(i * 1.3) * 1.5) + (i >= n - 10 ? Math.round(1.1 * (i - (n - 10))) : 0);
        }
        ln[12] = Double.NaN;
        ln[30] = Double.NaN;
        rhr[30] = Double.NaN;
        double[] ln7 = rolling(ln, 7);
        double[] rhr7 = rolling(rhr, 7);
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] base = new double[n];
        for (int i = 0; i < n; i++) {
            lo[i] = i < 14 ? Double.NaN : 4.13;
            hi[i] = i < 14 ? Double.NaN : 4.29;
            base[i] = i < 14 ? Double.NaN : 48.2;
        }
        return new RecoverySeries(days(n), ln, ln7, lo, hi, rhr, rhr7, base);
    }

    private static double[] rolling(double[] v, int w) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            int k = 0;
            for (int j = Math.max(0, i - w + 1); j <= i; j++) {
                if (Double.isFinite(v[j])) {
                    sum += v[j];
                    k++;
                }
            }
            out[i] = i < w - 1 || k < 3 ? Double.NaN : sum / k;
        }
        return out;
    }

    /**
     * 80 minutes at 1 Hz: no warm-up (goes out at pace), a 40 s stop at minute 41, then a fade in the
     * last 20 minutes: slower, higher heart rate, lower cadence, longer ground contact.
     */
    public static FocusRun focusRun() {
        StreamsBuilder b = new StreamsBuilder(4800);
        double dist = 0;
        for (int t = 0; t < 4800; t++) {
            double fade = t < 3600 ? 0 : (t - 3600) / 1200.0;
            boolean stopped = t >= 2460 && t < 2500;
            double speed = stopped ? 0 : 3.25 - 0.35 * fade + 0.06 * Math.sin(t / 37.0);
            double hr = Math.min(168, 112 + 38 * (1 - Math.exp(-t / 90.0)) + t / 400.0 + 8 * fade) - (stopped ? 15 : 0);
            dist += speed;
            b.newSample(t);
            b.set(Channel.DISTANCE_M, dist);
            b.set(Channel.SPEED_M_S, speed);
            b.set(Channel.HEART_RATE_BPM, Math.round(hr));
            b.set(Channel.CADENCE_SPM, stopped ? Double.NaN : Math.round(172 - 8 * fade + Math.sin(t / 11.0)));
            b.set(Channel.GROUND_CONTACT_TIME_MS, stopped ? Double.NaN : 246 + 26 * fade + 3 * Math.sin(t / 13.0));
        }
        Streams s = b.build();
        return new FocusRun("activities/2026-11-20.fit", s,
                List.of(new RunWindow(RunWindow.Kind.WARMUP, 0, 600), new RunWindow(RunWindow.Kind.LATE_FADE, 3600, 4800)));
    }

    /** Twelve runs over six weeks; decoupling only on the long ones; efficiency slowly falling. */
    public static List<RunEfficiency> efficiency() {
        List<RunEfficiency> runs = new ArrayList<>();
        double[] dec = {3.1, Double.NaN, 4.2, Double.NaN, 2.8, 5.6, Double.NaN, 4.9, 7.8, Double.NaN, 6.3, 11.2};
        for (int i = 0; i < 12; i++) {
            double ef = 1.46 - 0.008 * i + 0.012 * Math.sin(i * 2.1);
            runs.add(new RunEfficiency(AS_OF.minusDays(40 - i * 3.5 > 0 ? Math.round(40 - i * 3.5) : 0), dec[i], ef));
        }
        return runs;
    }

    public static List<SweatRun> sweat() {
        return List.of(
                new SweatRun(AS_OF.minusDays(34), 1.2, 0.95),
                new SweatRun(AS_OF.minusDays(27), 2.4, 1.35),
                new SweatRun(AS_OF.minusDays(20), 0.8, 0.7),
                new SweatRun(AS_OF.minusDays(13), 2.9, 1.52),
                new SweatRun(AS_OF.minusDays(7), -0.4, Double.NaN),
                new SweatRun(AS_OF, 2.4, 1.41));
    }

    public static Dynamics dynamics() {
        return new Dynamics("focus run average", 158, 276, 10.1, 8.9, 51.2);
    }
}
