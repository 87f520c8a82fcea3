package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;

/**
 * Worn-out shoes (one of the article's "+"; its tip 6 asks for shoes that still cushion). Running
 * shoes are commonly replaced after 500-800 km, when the midsole has lost much of its cushioning; the
 * evidence that this makes legs heavy is weak (grade C, a convention [heuristic]). From the profile's
 * shoe_km only: from 500 km it starts to count, fully from 800 km; under 500 km argues against.
 */
public final class WornShoes implements Cause {
    public static final String ID = "worn_shoes";

    /** Distance from which shoes start to count as worn [heuristic: common 500-800 km advice]. */
    public static final double WORN_FROM_KM = 500;
    /** Distance of full weight [heuristic]. */
    public static final double WORN_KM = 800;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.PROFILE).strategies(StrategyIds.FOOTWEAR_FORM);
        Double km = in.athlete().shoeKm();
        if (km == null) {
            e.missing("shoe_km in athlete.yaml (distance on your current shoes) would tell");
            return e.assess();
        }
        String rule = "> " + num(WORN_KM) + " km (counts from " + num(WORN_FROM_KM) + ")";
        if (km > WORN_FROM_KM) {
            e.add(Source.PROFILE, Finding.numeric("shoe_km", km, "km", rule, true, Strength.WEAK, "common advice [heuristic]"),
                    Evidence.ramp(km, WORN_FROM_KM, WORN_KM));
        } else {
            e.add(Source.PROFILE, Finding.numeric("shoe_km", km, "km", rule, false, Strength.WEAK, "common advice [heuristic]"));
        }
        return e.assess();
    }
}
