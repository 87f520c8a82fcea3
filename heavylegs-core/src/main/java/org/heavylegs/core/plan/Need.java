package org.heavylegs.core.plan;

import java.util.List;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.RedFlag;

/**
 * Why one strategy is in the plan: the athlete's data, the causes (likely or possible) that call for it
 * and the red flags raised.
 *
 * @param callers the likely or possible assessments whose strategies include this one, best first
 */
public record Need(DiagnosisInput input, List<Assessment> callers, List<RedFlag> redFlags) {

    public Need {
        callers = List.copyOf(callers);
        redFlags = List.copyOf(redFlags);
    }

    /** True when the cause is among the callers. */
    public boolean calledBy(String causeId) {
        return callers.stream().anyMatch(a -> a.cause().equals(causeId));
    }

    /** True when the cause is among the callers as likely. */
    public boolean likely(String causeId) {
        return callers.stream().anyMatch(a -> a.cause().equals(causeId) && a.likelihood() == Likelihood.LIKELY);
    }

    /** Body mass, kg (given, from wellness.csv or the documented default). */
    public double massKg() {
        return input.history().physiology().bodyMassKg();
    }
}
