package org.heavylegs.core.diagnosis.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.LabLimits;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;
import org.heavylegs.core.history.RunSummary;

/**
 * Exercise-associated hyponatraemia (SCIENCE.md 3.3 and 13): serum sodium under 135 mmol/L (Hew-Butler
 * et al. 2015), urgent under 130; or body mass gained over a long run, the strongest independent risk
 * factor in the Boston Marathon (Almond et al. 2005: weight gain OR 4.2), on a run of the last day.
 */
public final class Hyponatremia implements RedFlagRule {
    public static final String ID = "hyponatremia";
    /** A run at least this long counts as prolonged exercise for the weight-gain rule, h [heuristic; Almond 2005 saw risk rise beyond 4 h]. */
    public static final double LONG_RUN_H = 2.0;
    /** EAH develops during or up to 24 h after the exercise (Hew-Butler 2015): runs on as-of or the day before. */
    public static final int RECENT_DAYS = 2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        List<String> evidence = new ArrayList<>();
        Urgency urgency = null;
        Optional<LabValue> na = in.lab(LabTest.SODIUM, DiagnosisInput.LAB_MAX_AGE_DAYS);
        if (na.isPresent() && na.get().value() < LabLimits.SODIUM_LOW) {
            double v = na.get().value();
            evidence.add(String.format(Locale.ROOT, "sodium %.0f mmol/L on %s (below %.0f)", v, na.get().date(), LabLimits.SODIUM_LOW));
            urgency = v < LabLimits.SODIUM_URGENT ? Urgency.URGENT : Urgency.ROUTINE;
        }
        for (RunSummary r : in.recentRuns(RECENT_DAYS)) {
            RunLogEntry log = r.log();
            if (log == null || log.preMassKg() == null || log.postMassKg() == null || r.timerS() < LONG_RUN_H * 3600) {
                continue;
            }
            if (log.postMassKg() > log.preMassKg()) {
                evidence.add(String.format(Locale.ROOT, "mass rose from %.1f to %.1f kg over a %.1f h run on %s%s",
                        log.preMassKg(), log.postMassKg(), r.timerS() / 3600, r.date(),
                        log.fluidMl() == null ? "" : String.format(Locale.ROOT, " drinking %.0f mL", log.fluidMl())));
                urgency = Urgency.URGENT;
            }
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(ID, urgency,
                "Low blood sodium (hyponatraemia) comes mostly from drinking more than you sweat on long runs. "
                        + (urgency == Urgency.URGENT ? "See a doctor today. " : "Tell your doctor. ")
                        + "Headache, nausea or vomiting, confusion or swelling after a long run are an emergency: call "
                        + "emergency services and do not drink more plain water. From now on drink to thirst and never "
                        + "so much that you gain weight during a run.", evidence));
    }
}
