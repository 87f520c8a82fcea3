package org.heavylegs.report.explain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heavylegs.core.diagnosis.Finding;

/**
 * Readable names for the ids the diagnosis uses (strategies, markers, plan numbers) and number
 * formatting shared by the terminal text, the HTML report and the FAQ answers. Ids we have no name
 * for are shown readably rather than refused, so a new marker never breaks a report.
 */
public final class Labels {
    private static final Map<String, String> STRATEGIES = Map.of(
            "hydration", "Hydration",
            "carbohydrate", "Carbohydrate",
            "electrolytes", "Electrolytes",
            "rest_recovery", "Rest and recovery",
            "warmup_cooldown", "Warm-up and cool-down",
            "footwear_form", "Footwear and running form",
            "gradual_load", "Gradual load increase",
            "see_a_doctor", "See a doctor");

    /** Marker ids the assessors are expected to use (SCIENCE.md markers); others are humanized. */
    private static final Map<String, String> MARKERS = Map.ofEntries(
            Map.entry("mass_loss_pct", "body-mass loss over the run"),
            Map.entry("sweat_rate_l_per_h", "sweat rate"),
            Map.entry("sodium_loss_mg_per_h", "sweat sodium loss"),
            Map.entry("fluid_ml_per_h", "fluid drunk"),
            Map.entry("decoupling_pct", "heart-rate drift (decoupling)"),
            Map.entry("heat_index_c", "heat index"),
            Map.entry("wbgt_c", "WBGT"),
            Map.entry("acwr", "acute:chronic load ratio"),
            Map.entry("tsb", "form (TSB)"),
            Map.entry("ctl", "fitness (CTL)"),
            Map.entry("atl", "fatigue (ATL)"),
            Map.entry("ctl_ramp_per_week", "fitness ramp per week"),
            Map.entry("monotony", "training monotony"),
            Map.entry("strain", "training strain"),
            Map.entry("hrv_ln_rmssd_7d", "7-day HRV (ln rMSSD)"),
            Map.entry("resting_hr_delta_bpm", "resting heart rate above baseline"),
            Map.entry("ef_change_pct", "efficiency factor change"),
            Map.entry("late_pace_fade_pct", "late-run pace fade"),
            Map.entry("carbs_g_per_h", "carbohydrate per hour"),
            Map.entry("cadence_spm", "cadence"),
            Map.entry("cadence_drop_pct", "late-run cadence drop"),
            Map.entry("gct_ms", "ground contact time"),
            Map.entry("gct_rise_pct", "late-run ground contact time rise"),
            Map.entry("vertical_oscillation_cm", "vertical oscillation"),
            Map.entry("vertical_ratio_pct", "vertical ratio"),
            Map.entry("gct_balance_left_pct", "left/right balance (left share)"),
            Map.entry("warmup_min", "warm-up"),
            Map.entry("hemoglobin", "hemoglobin"),
            Map.entry("ferritin", "ferritin"),
            Map.entry("transferrin_saturation", "transferrin saturation"),
            Map.entry("sodium", "blood sodium"),
            Map.entry("potassium", "blood potassium"),
            Map.entry("magnesium", "blood magnesium"),
            Map.entry("calcium", "blood calcium"),
            Map.entry("sleep_h", "sleep"),
            Map.entry("heaviness_first_km_only", "heaviness only in the first kilometres"),
            Map.entry("medications", "medicines listed"),
            Map.entry("shoe_km", "distance on current shoes"),
            Map.entry("age_years", "age"),
            Map.entry("body_mass_slope_kg_per_week", "body-mass trend"),
            Map.entry("calcium_corrected", "blood calcium (albumin-corrected)"),
            Map.entry("consecutive_long_sessions", "long runs on consecutive days"),
            Map.entry("fatigue_days_worse", "days with fatigue above your normal"),
            Map.entry("hba1c", "HbA1c"),
            Map.entry("hr_at_pace_change_bpm", "heart rate at the same pace, change"),
            Map.entry("long_runs_low_carbs", "long runs with little carbohydrate"),
            Map.entry("morning_mass_drop_pct", "morning weight below its 7-day mean"),
            Map.entry("recent_hot_runs_pct", "recent runs in the heat"),
            Map.entry("recent_median_cadence_spm", "cadence, median of recent runs"),
            Map.entry("recent_median_gct_ms", "ground contact time, median of recent runs"),
            Map.entry("recent_median_vo_cm", "vertical oscillation, median of recent runs"),
            Map.entry("recent_median_vertical_ratio_pct", "vertical ratio, median of recent runs"),
            Map.entry("recent_median_gct_balance_pct", "left/right balance, median of recent runs (distance from 50 %)"),
            Map.entry("recent_runs_with_late_decay", "recent runs with late-run form decay"),
            Map.entry("recent_runs_with_wall", "recent runs that hit the wall"),
            Map.entry("rest_days_14d", "rest days in the last 14"),
            Map.entry("runs_losing_over_2pct_pct", "runs losing over 2 % of body mass"),
            Map.entry("runs_with_regular_stops", "recent runs with regular stops"),
            Map.entry("runs_with_sodium_deficit", "runs with a large sodium deficit"),
            Map.entry("runs_without_warmup_pct", "recent runs without a warm-up"),
            Map.entry("sleep_below_own_h", "sleep below your normal"),
            Map.entry("soreness", "soreness"),
            Map.entry("soreness_days_worse", "days with soreness above your normal"),
            Map.entry("temperature_c", "air temperature"),
            Map.entry("deep_fatigue_days", "days with form (TSB) below -20"),
            Map.entry("warmup_min_logged", "warm-up logged in runs.csv"),
            Map.entry("warmup_min_typical", "usual warm-up (athlete.yaml)"),
            Map.entry("water_replaced_pct", "sweat replaced with plain water"),
            Map.entry("wellness_days_worse", "days with 2+ wellness items worse than normal"),
            Map.entry("breathlessness", "breathlessness"),
            Map.entry("circulation_symptoms", "circulation symptoms"),
            Map.entry("claudication", "leg pain on walking, gone on standing still"),
            Map.entry("conditions", "conditions"),
            Map.entry("cramps", "cramps"),
            Map.entry("dark_urine", "dark urine"),
            Map.entry("diet", "diet"),
            Map.entry("heaviness_worse_standing", "heaviness worse on standing"),
            Map.entry("heavy_menstrual_bleeding", "heavy menstrual bleeding"),
            Map.entry("leg_swelling", "leg swelling"),
            Map.entry("cadence_residual_pct", "cadence against your own at that speed"),
            Map.entry("carbs_eaten_g_per_h", "carbohydrate per hour"),
            Map.entry("glycogen_margin_kcal", "glycogen left at the end (model)"),
            Map.entry("hr_overshoot_bpm", "heart-rate overshoot at the start"),
            Map.entry("sodium_loss_mg", "sweat sodium lost"),
            Map.entry("sodium_balance_mg", "sodium balance of the run"),
            Map.entry("wall_onset_km", "hit the wall at"),
            Map.entry("wall_detected", "hit the wall"),
            Map.entry("overdrink", "weight gained over the run"),
            Map.entry("stop_pattern", "stop pattern"),
            Map.entry("wbgt_est_c", "WBGT (estimated)"),
            Map.entry("vo_cm", "vertical oscillation"),
            Map.entry("gct_balance_pct", "left/right balance (left share)"),
            Map.entry("pace_fade_pct", "late-run pace fade at the same heart rate"),
            Map.entry("vo_rise_pct", "late-run vertical oscillation rise"));

    /** Unit suffixes of plan-number keys, longest first so "_ml_per_h" wins over "_h". */
    private static final List<String[]> SUFFIXES = List.of(
            new String[] {"_ml_per_kg", "mL/kg"}, new String[] {"_g_per_kg_per_h", "g/kg/h"},
            new String[] {"_g_per_kg", "g/kg"}, new String[] {"_ml_per_h", "mL/h"},
            new String[] {"_mg_per_h", "mg/h"}, new String[] {"_l_per_h", "L/h"},
            new String[] {"_g_per_h", "g/h"}, new String[] {"_per_week", "/week"},
            new String[] {"_mmol_per_l", "mmol/L"}, new String[] {"_days", "days"},
            new String[] {"_min", "min"}, new String[] {"_spm", "spm"}, new String[] {"_pct", "%"},
            new String[] {"_bpm", "bpm"}, new String[] {"_km", "km"}, new String[] {"_kg", "kg"},
            new String[] {"_ml", "mL"}, new String[] {"_mg", "mg"}, new String[] {"_ms", "ms"},
            new String[] {"_cm", "cm"}, new String[] {"_h", "h"}, new String[] {"_s", "s"},
            new String[] {"_g", "g"});

    private static final Map<String, String> RED_FLAGS = Map.ofEntries(
            Map.entry("suspected_dvt", "Suspected deep-vein thrombosis (a clot in a leg vein)"),
            Map.entry("claudication", "Claudication pattern (narrowed leg arteries)"),
            Map.entry("hyponatremia", "Low blood sodium (exercise-associated hyponatremia)"),
            Map.entry("anemia", "Anemia or empty iron stores"),
            Map.entry("chest_pain", "Chest pain"),
            Map.entry("dark_urine", "Dark urine after exertion (possible muscle breakdown)"),
            Map.entry("possible_pulmonary_embolism", "Possible clot in the lungs (pulmonary embolism)"),
            Map.entry("dizziness", "Dizziness when running"),
            Map.entry("abnormal_potassium", "Potassium far outside the normal range"),
            Map.entry("low_magnesium", "Very low magnesium"),
            Map.entry("abnormal_calcium", "Calcium outside the normal range"),
            Map.entry("numbness", "Numbness in the legs"),
            Map.entry("diabetes_leg_symptoms", "Diabetes with leg symptoms"),
            Map.entry("venous_disease", "Vein disease with symptoms"));

    private Labels() {
    }

    public static String redFlag(String id) {
        String s = RED_FLAGS.get(id);
        return s != null ? s : Explanations.humanize(id);
    }

    public static String cause(String id) {
        return Explanations.title(id);
    }

    public static String strategy(String id) {
        String s = STRATEGIES.get(id);
        return s != null ? s : Explanations.humanize(id);
    }

    public static String marker(String id) {
        String s = MARKERS.get(id);
        return s != null ? s : (id == null ? "?" : id.replace('_', ' '));
    }

    /** A plan number's key as a readable name and unit: "fluid_ml_per_h" gives {"fluid", "mL/h"}. */
    public static String[] numberKey(String key) {
        for (String[] s : SUFFIXES) {
            if (key.endsWith(s[0]) && key.length() > s[0].length()) {
                return new String[] {key.substring(0, key.length() - s[0].length()).replace('_', ' '), s[1]};
            }
        }
        return new String[] {key.replace('_', ' '), ""};
    }

    /** "fluid 650 mL/h" for a plan number. */
    public static String planNumber(String key, double value) {
        String[] nu = numberKey(key);
        return nu[0] + " " + withUnit(value, nu[1]);
    }

    /** "650 mL/h", "310/week", "1.62" (no unit). */
    public static String withUnit(double value, String unit) {
        if (unit == null || unit.isEmpty()) {
            return number(value);
        }
        return number(value) + (unit.startsWith("/") ? "" : " ") + unit;
    }

    /**
     * A number with as many decimals as its size deserves: 0 from 100 up, 1 from 10 up, else up to 2
     * (trailing zeros dropped). NaN or infinite gives "n/a".
     */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 100) {
            s = String.format(Locale.ROOT, "%.0f", v);
        } else if (a >= 10) {
            s = String.format(Locale.ROOT, "%.1f", v);
        } else {
            s = String.format(Locale.ROOT, "%.2f", v);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return "-0".equals(s) ? "0" : s;
    }

    /**
     * "partly met: counts 60 %", for a finding whose value is on its way to its rule and adds only
     * that part of its weight (Evidence's degree); say it, or a share of 30 % shown as support
     * beside a rule of ">= 50 %" reads as a contradiction.
     */
    public static String partly(Finding f) {
        return "partly met: counts " + Math.round(f.degree() * 100) + " %";
    }

    /** The finding's value with its unit: "2.4 %", "54 bpm", "1.62", or its categorical text. */
    public static String value(Finding f) {
        if (f.valueText() != null) {
            return f.valueText();
        }
        String unit = f.unit() == null ? "" : f.unit();
        return number(f.value()) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** Minutes and seconds per km from seconds per km: 312 gives "5:12". */
    public static String pace(double secondsPerKm) {
        if (!Double.isFinite(secondsPerKm) || secondsPerKm <= 0) {
            return "n/a";
        }
        long s = Math.round(secondsPerKm);
        return (s / 60) + ":" + String.format(Locale.ROOT, "%02d", s % 60);
    }
}
