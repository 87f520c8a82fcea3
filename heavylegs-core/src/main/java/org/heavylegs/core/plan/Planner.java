package org.heavylegs.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Urgency;

/**
 * Turns the assessments into the personal plan: only the strategies that a likely or possible cause
 * calls for (see_a_doctor also for any red flag), ordered by expected impact: the sum over their calling
 * causes of score x (1 for likely, 0.5 for possible) [heuristic]; see_a_doctor comes first when an
 * urgent or emergency flag is raised.
 */
public final class Planner {

    /** Weight of a possible cause against a likely one in the impact [heuristic]. */
    public static final double POSSIBLE_WEIGHT = 0.5;

    private static final List<Strategy> ALL = List.of(
            new HydrationPlan(), new CarbohydratePlan(), new ElectrolytesPlan(), new RestRecoveryPlan(),
            new WarmupPlan(), new FootwearFormPlan(), new GradualLoadPlan(), new SeeADoctorPlan());

    private Planner() {
    }

    public static List<Strategy> all() {
        return ALL;
    }

    public static List<PlanItem> plan(DiagnosisInput input, List<Assessment> causes, List<RedFlag> redFlags) {
        record Ranked(PlanItem item, double impact, int order) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < ALL.size(); i++) {
            Strategy s = ALL.get(i);
            List<Assessment> callers = causes.stream()
                    .filter(a -> (a.likelihood() == Likelihood.LIKELY || a.likelihood() == Likelihood.POSSIBLE)
                            && a.strategies().contains(s.id()))
                    .toList();
            boolean doctor = s.id().equals(StrategyIds.SEE_A_DOCTOR);
            if (callers.isEmpty() && !(doctor && !redFlags.isEmpty())) {
                continue;
            }
            double impact = 0;
            for (Assessment a : callers) {
                impact += a.score() * (a.likelihood() == Likelihood.LIKELY ? 1 : POSSIBLE_WEIGHT);
            }
            if (doctor && redFlags.stream().anyMatch(f -> f.urgency() != Urgency.ROUTINE)) {
                impact = Double.POSITIVE_INFINITY;
            }
            ranked.add(new Ranked(s.plan(new Need(input, callers, redFlags)), impact, i));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::impact).reversed().thenComparingInt(Ranked::order));
        return ranked.stream().map(Ranked::item).toList();
    }
}
