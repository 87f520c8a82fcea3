package org.heavylegs.sim;

import java.util.List;
import java.util.Optional;
import org.heavylegs.sim.scenario.AnemiaScenario;
import org.heavylegs.sim.scenario.BiomechanicsScenario;
import org.heavylegs.sim.scenario.ControlScenario;
import org.heavylegs.sim.scenario.DehydrationAndWarmupScenario;
import org.heavylegs.sim.scenario.DehydrationScenario;
import org.heavylegs.sim.scenario.ElectrolyteImbalanceScenario;
import org.heavylegs.sim.scenario.GlycogenDepletionScenario;
import org.heavylegs.sim.scenario.InadequateWarmupScenario;
import org.heavylegs.sim.scenario.MuscleFatigueScenario;
import org.heavylegs.sim.scenario.OvertrainingScenario;
import org.heavylegs.sim.scenario.PoorCirculationScenario;
import org.heavylegs.sim.scenario.RedFlagScenario;
import org.heavylegs.sim.scenario.SparseScenario;

/**
 * The catalogue: one scenario per example of the article and of DESIGN.md section 4, listed
 * explicitly. docs/simulation.md describes each.
 */
public final class Scenarios {
    /** The scenario {@code heavylegs demo} writes: two causes at once. */
    public static final String DEMO = "dehydration_and_warmup";

    private static final List<Scenario> ALL = List.of(
            new DehydrationScenario(),
            new GlycogenDepletionScenario(),
            new ElectrolyteImbalanceScenario(),
            new OvertrainingScenario(),
            new PoorCirculationScenario(),
            new InadequateWarmupScenario(),
            new MuscleFatigueScenario(),
            new AnemiaScenario(),
            new BiomechanicsScenario(),
            new ControlScenario(),
            new DehydrationAndWarmupScenario(),
            new SparseScenario(),
            RedFlagScenario.suspectedDvt(),
            RedFlagScenario.hyponatremiaWeightGain(),
            RedFlagScenario.chestPain(),
            RedFlagScenario.darkUrine(),
            RedFlagScenario.lowSodium(),
            RedFlagScenario.lowHemoglobin());

    private Scenarios() {
    }

    public static List<Scenario> all() {
        return ALL;
    }

    public static Optional<Scenario> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The demo athlete (two causes at once). */
    public static Scenario demo() {
        return byId(DEMO).orElseThrow();
    }
}
