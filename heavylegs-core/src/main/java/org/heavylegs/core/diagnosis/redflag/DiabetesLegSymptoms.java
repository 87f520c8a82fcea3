package org.heavylegs.core.diagnosis.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;

/**
 * Diabetes with leg symptoms (SCIENCE.md 5.4 and 13, routine medical review): diabetes damages nerves
 * and arteries, and the Edinburgh questionnaire misses most claudication in diabetics (sensitivity
 * 25 %, Rabia & Khoo 2007), so any leg symptom is reviewed. Symptoms: heavy legs reported (since how
 * many days), claudication, numbness, cramps, heaviness worse standing, leg swelling.
 */
public final class DiabetesLegSymptoms implements RedFlagRule {
    public static final String ID = "diabetes_leg_symptoms";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        if (!in.athlete().conditions().contains("diabetes")) {
            return Optional.empty();
        }
        Symptoms s = in.symptoms();
        List<String> evidence = new ArrayList<>(List.of("conditions: diabetes"));
        if (s.heavyLegsSinceDays() != null) {
            evidence.add("heavy legs for " + s.heavyLegsSinceDays() + " days");
        }
        if (Boolean.TRUE.equals(s.claudication())) {
            evidence.add("claudication: yes");
        }
        if (Boolean.TRUE.equals(s.numbness())) {
            evidence.add("numbness: yes");
        }
        if (Boolean.TRUE.equals(s.cramps())) {
            evidence.add("cramps: yes");
        }
        if (Boolean.TRUE.equals(s.heavinessWorseStanding())) {
            evidence.add("heaviness_worse_standing: yes");
        }
        if (s.legSwelling() == LegSwelling.BOTH || s.legSwelling() == LegSwelling.ONE_SIDE) {
            evidence.add("leg_swelling: " + (s.legSwelling() == LegSwelling.BOTH ? "both" : "one_side"));
        }
        if (evidence.size() == 1) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(ID, Urgency.ROUTINE,
                "With diabetes, new leg symptoms need a doctor's review: nerves and arteries of the legs can be "
                        + "affected without typical pain. If you use insulin or sulfonylureas, sudden weak, shaky legs "
                        + "with sweating can be low blood sugar: stop, take 15-20 g of fast carbohydrate and recheck.",
                evidence));
    }
}
