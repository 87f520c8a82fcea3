package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import java.util.Optional;
import java.util.Set;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.LabLimits;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.stops.Stops;

/**
 * Poor circulation: peripheral arterial disease, chronic venous disease, diabetes (SCIENCE.md section
 * 5). The decisive data are the questionnaire and known conditions: the claudication pattern (leg pain
 * on walking that goes within 10 min of standing still; the Edinburgh Claudication Questionnaire's
 * positive pattern, Leng & Fowkes 1992, sensitivity 91 %, specificity 99 %, grade A for screening),
 * heaviness worse on standing and better with the legs raised, swelling of both legs (venous; CEAP,
 * Eklöf 2004), a diagnosed arterial or venous condition. Risk factors (diabetes, age over 50, HbA1c of
 * 6.5 % or more) and a watch's regular stops (grade C: intervals look the same) add weakly. All
 * circulation answers "no" argues against; unanswered questions are never taken as "no".
 */
public final class PoorCirculation implements Cause {
    public static final String ID = "poor_circulation";

    /** Age above which claudication screening applies (ECQ risk factor; SCIENCE.md 5.1). */
    public static final double RISK_AGE_YEARS = 50;
    /** Share of recent runs with a regular stop pattern that makes a pattern across runs [heuristic]. */
    public static final double STOP_PATTERN_SHARE = 0.5;
    /** Recent runs needed to speak of a pattern across runs [heuristic]. */
    public static final int MIN_RUNS = 3;

    public static final String PAD = "peripheral_artery_disease";
    public static final Set<String> VENOUS = Set.of("varicose_veins", "venous_insufficiency");
    public static final String DIABETES = "diabetes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.QUESTIONNAIRE, Source.PROFILE).strategies(StrategyIds.SEE_A_DOCTOR);
        Symptoms s = in.symptoms();
        if (Boolean.TRUE.equals(s.claudication())) {
            e.add(Source.QUESTIONNAIRE, Finding.categorical("claudication", "yes",
                    "leg pain on walking, gone within 10 min of standing still", true, Strength.STRONG,
                    "Leng & Fowkes 1992 (Edinburgh Claudication Questionnaire)"));
        }
        if (Boolean.TRUE.equals(s.heavinessWorseStanding())) {
            e.add(Source.QUESTIONNAIRE, Finding.categorical("heaviness_worse_standing", "yes",
                    "worse standing or late in the day, better with legs raised", true, Strength.MODERATE,
                    "Eklöf 2004 (CEAP); SCIENCE.md 5.3"));
        }
        if (s.legSwelling() == LegSwelling.BOTH || s.legSwelling() == LegSwelling.ONE_SIDE) {
            e.add(Source.QUESTIONNAIRE, Finding.categorical("leg_swelling", s.legSwelling() == LegSwelling.BOTH ? "both" : "one side",
                    "swelling (CEAP C3 oedema)", true, Strength.MODERATE, "Eklöf 2004 (CEAP)"));
        }
        int no = (Boolean.FALSE.equals(s.claudication()) ? 1 : 0) + (Boolean.FALSE.equals(s.heavinessWorseStanding()) ? 1 : 0)
                + (s.legSwelling() == LegSwelling.NONE ? 1 : 0);
        boolean anyYes = Boolean.TRUE.equals(s.claudication()) || Boolean.TRUE.equals(s.heavinessWorseStanding())
                || (s.legSwelling() != null && s.legSwelling() != LegSwelling.NONE);
        if (!anyYes && no > 0) {
            e.add(Source.QUESTIONNAIRE, Finding.categorical("circulation_symptoms", "none of " + no + " answered",
                    "claudication, heaviness worse standing, leg swelling", false,
                    no == 3 ? Strength.MODERATE : Strength.WEAK, "Leng & Fowkes 1992; Eklöf 2004"));
        }
        if (no < 3 && !anyYes) {
            e.missing("answers to claudication, heaviness_worse_standing and leg_swelling in athlete.yaml would "
                    + "confirm or rule this out");
        }

        Set<String> conditions = in.athlete().conditions();
        if (conditions.contains(PAD)) {
            e.add(Source.PROFILE, Finding.categorical("conditions", PAD, "known arterial disease", true, Strength.STRONG,
                    "SCIENCE.md 5.1"));
        }
        for (String c : VENOUS) {
            if (conditions.contains(c)) {
                e.add(Source.PROFILE, Finding.categorical("conditions", c, "known venous disease", true, Strength.MODERATE,
                        "Eklöf 2004 (CEAP)"));
            }
        }
        if (conditions.contains(DIABETES)) {
            e.add(Source.PROFILE, Finding.categorical("conditions", DIABETES, "diabetes (arterial disease risk)", true,
                    Strength.WEAK, "SCIENCE.md 5.1, 5.4"));
        }
        double age = in.history().physiology().ageYears();
        if (age > RISK_AGE_YEARS) {
            e.add(Source.PROFILE, Finding.numeric("age_years", age, "years", "> " + num(RISK_AGE_YEARS), true, Strength.WEAK,
                    "Leng & Fowkes 1992 (risk factor)"));
        }
        Optional<LabValue> a1c = in.lab(LabTest.HBA1C, DiagnosisInput.LAB_MAX_AGE_DAYS);
        if (a1c.isPresent() && a1c.get().value() >= LabLimits.HBA1C_DIABETES_PCT) {
            e.add(Source.LABS, Finding.numeric("hba1c", a1c.get().value(), "%", ">= " + num(LabLimits.HBA1C_DIABETES_PCT) + " %",
                    true, Strength.WEAK, "WHO 2011 diagnostic threshold [recalled]"));
        }

        String pattern = in.focusText(Stops.KEY_PATTERN).orElse(null);
        if (Stops.REGULAR.equals(pattern)) {
            e.add(Source.FOCUS_RUN, Finding.categorical(Stops.KEY_PATTERN, Stops.REGULAR,
                    ">= " + Stops.REGULAR_MIN_STOPS + " stops under 10 min after bouts of similar length", true,
                    Strength.WEAK, "SCIENCE.md 5.1, 5.5 (watch detection grade C)"));
        }
        int runs = 0;
        int regular = 0;
        for (RunSummary r : in.otherRecentRuns(in.windowDays())) {
            double count = DiagnosisInput.metric(r, Stops.KEY_COUNT);
            if (Double.isNaN(count)) {
                continue;
            }
            runs++;
            regular += regularStops(r) ? 1 : 0;
        }
        if (runs >= MIN_RUNS && (double) regular / runs >= STOP_PATTERN_SHARE) {
            e.add(Source.RECENT_RUNS, Finding.numeric("runs_with_regular_stops", regular, "", ">= "
                    + num(100 * STOP_PATTERN_SHARE) + " % of recent runs", true, Strength.WEAK, "SCIENCE.md 5.5 [heuristic]"));
        }
        if (e.support() > 0) {
            e.missing("an ankle-brachial index or a duplex ultrasound by a doctor decides arterial or venous disease");
        }
        return e.assess();
    }

    /** The per-run numbers of a regular stop pattern (as {@link Stops}: 3+ stops, bout CV <= 0.25, stops under 10 min). */
    static boolean regularStops(RunSummary r) {
        return DiagnosisInput.metric(r, Stops.KEY_COUNT) >= Stops.REGULAR_MIN_STOPS
                && DiagnosisInput.metric(r, Stops.KEY_BOUT_CV) <= Stops.REGULAR_MAX_CV
                && DiagnosisInput.metric(r, Stops.KEY_MEDIAN) <= Stops.CLAUDICATION_RECOVERY_S;
    }
}
