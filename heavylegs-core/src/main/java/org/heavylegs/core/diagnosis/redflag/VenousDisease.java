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
 * Varicose veins or venous insufficiency with symptoms (heaviness worse standing, swelling of both
 * legs): SCIENCE.md 13 asks for a routine medical review (CEAP C3 and above, Eklöf 2004).
 */
public final class VenousDisease implements RedFlagRule {
    public static final String ID = "venous_disease";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        List<String> evidence = new ArrayList<>();
        for (String c : List.of("varicose_veins", "venous_insufficiency")) {
            if (in.athlete().conditions().contains(c)) {
                evidence.add("conditions: " + c);
            }
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        Symptoms s = in.symptoms();
        int conditions = evidence.size();
        if (Boolean.TRUE.equals(s.heavinessWorseStanding())) {
            evidence.add("heaviness_worse_standing: yes");
        }
        if (s.legSwelling() == LegSwelling.BOTH) {
            evidence.add("leg_swelling: both");
        }
        if (evidence.size() == conditions) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(ID, Urgency.ROUTINE,
                "Veins that cause heaviness or swelling are worth a doctor's review (a duplex ultrasound); graduated "
                        + "compression stockings are the usual first help.", evidence));
    }
}
