package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import java.util.Optional;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.LabLimits;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.trend.BodyMassTrend;

/**
 * Low energy availability, the signs of relative energy deficiency in sport (RED-S; Mountjoy et al.
 * 2018, IOC consensus, Br J Sports Med 52:687 [recalled]): eating too little for the training makes
 * every run feel heavy. HeavyLegs cannot see food intake, menstrual function or bone stress, so only
 * signs count: body mass falling over four weeks (2 % or more, or 0.5 kg a week [heuristic]; weighed
 * as grade B, since a steady fall in training means intake below expenditure), low ferritin (grade C:
 * iron deficiency often comes with low energy availability), a restrictive diet (grade C). A stable
 * body mass over 4 weeks of weighings argues against (grade B): energy balance is roughly met.
 */
public final class LowEnergyAvailability implements Cause {
    public static final String ID = "low_energy_availability";

    /** A fall of this share of body mass over 4 weeks counts fully [heuristic]. */
    public static final double MASS_FALL_PCT = 2.0;
    /** A least-squares fall of this many kg a week over 28 days counts fully [heuristic]. */
    public static final double MASS_FALL_KG_PER_WEEK = 0.5;
    /** Mass within this share over 4 weeks is stable [heuristic]. */
    public static final double STABLE_PCT = 1.0;
    /** Weighings over 28 days needed for a trend [heuristic]. */
    public static final int MIN_WEIGHINGS = 8;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.WELLNESS).strategies(StrategyIds.CARBOHYDRATE, StrategyIds.SEE_A_DOCTOR);
        BodyMassTrend.Result m = in.trends().bodyMass();
        boolean trend = m.slopePoints() >= MIN_WEIGHINGS;
        if (trend) {
            double fallPct = Double.isNaN(m.changePct()) ? Double.NaN : -m.changePct();
            double fallSlope = -m.slopeKgPerWeek();
            double d = Math.max(Evidence.ramp(fallPct, 0, MASS_FALL_PCT), Evidence.ramp(fallSlope, 0, MASS_FALL_KG_PER_WEEK));
            String rule = "falling >= " + num(MASS_FALL_PCT) + " % in 4 weeks or >= " + num(MASS_FALL_KG_PER_WEEK) + " kg/week";
            if (fallPct >= MASS_FALL_PCT / 2 || fallSlope >= MASS_FALL_KG_PER_WEEK / 2) {
                e.add(Source.WELLNESS, Finding.numeric("body_mass_slope_kg_per_week", m.slopeKgPerWeek(), "kg/week", rule,
                        true, Strength.MODERATE, "Mountjoy 2018 (RED-S) [heuristic threshold]"), d);
            } else if (Math.abs(m.slopeKgPerWeek()) * 4 / m.meanKg() * 100 < STABLE_PCT) {
                e.add(Source.WELLNESS, Finding.numeric("body_mass_slope_kg_per_week", m.slopeKgPerWeek(), "kg/week", rule,
                        false, Strength.MODERATE, "Mountjoy 2018 (RED-S) [heuristic threshold]"));
            }
        } else {
            e.missing("body_mass_kg in wellness.csv on at least " + MIN_WEIGHINGS + " of the last " + BodyMassTrend.SLOPE_DAYS
                    + " days (a morning weighing, 3 or more times a week; " + m.slopePoints() + " so far) would show an energy deficit");
        }
        Optional<LabValue> ferritin = in.lab(LabTest.FERRITIN, DiagnosisInput.LAB_MAX_AGE_DAYS);
        if (ferritin.isPresent() && ferritin.get().value() < LabLimits.FERRITIN_LOW) {
            e.add(Source.LABS, Finding.numeric("ferritin", ferritin.get().value(), "ug/L", "< " + num(LabLimits.FERRITIN_LOW),
                    true, Strength.WEAK, "Mountjoy 2018 [recalled]"));
        }
        if (in.athlete().diet().contains("vegan") || in.athlete().diet().contains("vegetarian")) {
            e.add(Source.PROFILE, Finding.categorical("diet", String.join(", ", in.athlete().diet()), "restrictive diet",
                    true, Strength.WEAK, "Mountjoy 2018 (risk factor) [recalled]"));
        }
        return e.assess();
    }
}
