package org.heavylegs.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Urgency;
import org.heavylegs.core.diagnosis.cause.Anemia;
import org.heavylegs.core.diagnosis.cause.ElectrolyteImbalance;
import org.heavylegs.core.diagnosis.cause.LowEnergyAvailability;
import org.heavylegs.core.diagnosis.cause.Medication;
import org.heavylegs.core.diagnosis.cause.PoorCirculation;

/**
 * The article's advice to consult a professional for persistent or severe symptoms, made specific: the
 * red flags first, then what to ask for per medical cause (SCIENCE.md 5, 8.2, 13).
 */
public final class SeeADoctorPlan implements Strategy {

    @Override
    public String id() {
        return StrategyIds.SEE_A_DOCTOR;
    }

    @Override
    public PlanItem plan(Need need) {
        List<String> actions = new ArrayList<>();
        for (RedFlag f : need.redFlags()) {
            String when = switch (f.urgency()) {
                case EMERGENCY -> "Now (emergency): ";
                case URGENT -> "Today or tomorrow: ";
                case ROUTINE -> "At your next appointment: ";
            };
            actions.add(when + f.message());
        }
        if (need.calledBy(Anemia.ID)) {
            actions.add("Ask for hemoglobin, ferritin, transferrin saturation and CRP, drawn in the morning, rested "
                    + "(24-48 h after hard training), to check for iron deficiency.");
        }
        if (need.calledBy(PoorCirculation.ID)) {
            actions.add("Ask for a check of the leg arteries (ankle-brachial index) and, for heavy legs on standing, "
                    + "of the veins (duplex ultrasound).");
        }
        if (need.calledBy(Medication.ID)) {
            actions.add("Ask whether one of your medicines could make your legs heavy; do not stop or change it on your own.");
        }
        if (need.calledBy(ElectrolyteImbalance.ID)) {
            actions.add("Have the abnormal blood salts rechecked and their cause found.");
        }
        if (need.calledBy(LowEnergyAvailability.ID)) {
            actions.add("A sports physician or dietitian can check for low energy availability (RED-S).");
        }
        if (actions.isEmpty() || need.redFlags().stream().noneMatch(f -> f.urgency() != Urgency.ROUTINE)) {
            actions.add("Bring this report; see a doctor as well if the heaviness lasts or gets worse.");
        }
        return new PlanItem(id(), actions, Map.of());
    }
}
