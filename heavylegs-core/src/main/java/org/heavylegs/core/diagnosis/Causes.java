package org.heavylegs.core.diagnosis;

import java.util.List;
import org.heavylegs.core.diagnosis.cause.Anemia;
import org.heavylegs.core.diagnosis.cause.Biomechanics;
import org.heavylegs.core.diagnosis.cause.Dehydration;
import org.heavylegs.core.diagnosis.cause.ElectrolyteImbalance;
import org.heavylegs.core.diagnosis.cause.GlycogenDepletion;
import org.heavylegs.core.diagnosis.cause.HeatStress;
import org.heavylegs.core.diagnosis.cause.InadequateWarmup;
import org.heavylegs.core.diagnosis.cause.LowEnergyAvailability;
import org.heavylegs.core.diagnosis.cause.Medication;
import org.heavylegs.core.diagnosis.cause.MuscleFatigue;
import org.heavylegs.core.diagnosis.cause.Overtraining;
import org.heavylegs.core.diagnosis.cause.PoorCirculation;
import org.heavylegs.core.diagnosis.cause.SleepDebt;
import org.heavylegs.core.diagnosis.cause.WornShoes;

/** Every cause, listed explicitly: the article's nine in its order, then the five of its "+". */
public final class Causes {

    private static final List<Cause> ALL = List.of(
            new Dehydration(), new GlycogenDepletion(), new ElectrolyteImbalance(), new Overtraining(),
            new PoorCirculation(), new InadequateWarmup(), new MuscleFatigue(), new Anemia(), new Biomechanics(),
            new HeatStress(), new SleepDebt(), new LowEnergyAvailability(), new WornShoes(), new Medication());

    private Causes() {
    }

    public static List<Cause> all() {
        return ALL;
    }

    /** The cause ids in list order. */
    public static List<String> ids() {
        return ALL.stream().map(Cause::id).toList();
    }
}
