package org.heavylegs.sim.scenario;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.folder.Labs;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.Workouts;

/**
 * The well-managed control athlete with exactly one medical red flag (SCIENCE.md 13; issue 6):
 * each case changes one thing, so the flag must be raised and no other. Causes are not asserted.
 */
public final class RedFlagScenario extends ControlScenario {
    private final String flag;
    private final Consumer<AthleteSpec> profile;
    private final Consumer<Labs> labs;
    private final UnaryOperator<RunPlan> lastRun;

    private RedFlagScenario(String id, String summary, long seed, String flag, Consumer<AthleteSpec> profile,
                            Consumer<Labs> labs, UnaryOperator<RunPlan> lastRun) {
        super(id, summary, seed);
        this.flag = flag;
        this.profile = profile;
        this.labs = labs;
        this.lastRun = lastRun;
    }

    /** One-sided leg swelling and calf pain at rest: suspected deep-vein thrombosis (Wells 1997/2003). */
    public static RedFlagScenario suspectedDvt() {
        return new RedFlagScenario("red_flag_dvt", "One-sided leg swelling and calf pain at rest after a long-haul "
                + "flight: suspected DVT.", 1101L, Expected.FLAG_SUSPECTED_DVT,
                a -> {
                    a.legSwelling = LegSwelling.ONE_SIDE;
                    a.calfPainAtRest = true;
                    a.heavyLegsSinceDays = 4;
                },
                l -> { }, p -> p.notes("right calf swollen, warm and sore even at rest since the flight home on Thursday"));
    }

    /**
     * Body mass gained over a 4.5 h marathon with ~1 L/h of water: exercise-associated hyponatremia risk
     * (Almond 2005: weight gain OR 4.2, race time over 4 h; Hew-Butler 2015).
     */
    public static RedFlagScenario hyponatremiaWeightGain() {
        return new RedFlagScenario("red_flag_hyponatremia", "Body mass gained over a 4.5 h marathon drinking about "
                + "1 L of water an hour: exercise-associated hyponatremia risk.", 1102L, Expected.FLAG_HYPONATREMIA,
                a -> { }, l -> { },
                p -> Workouts.longRunKm(42.2, 2.6).startTime(p.startTime()).weather(13, 70)
                        .intake(1000, 40, 0).urineMl(300).heavyLegs(6)
                        .notes("charity marathon with a friend, drank at every station; puffy fingers, headache after")
                        .logged(true));
    }

    public static RedFlagScenario chestPain() {
        return new RedFlagScenario("red_flag_chest_pain", "Chest pain during exertion.", 1103L, Expected.FLAG_CHEST_PAIN,
                a -> a.chestPain = true, l -> { }, p -> p);
    }

    /** Dark, cola-coloured urine after a hard session: possible rhabdomyolysis. */
    public static RedFlagScenario darkUrine() {
        return new RedFlagScenario("red_flag_dark_urine", "Dark urine after exertion.", 1104L, Expected.FLAG_DARK_URINE,
                a -> a.darkUrine = true, l -> { },
                p -> p.notes("cola-coloured urine after the run, thighs very sore and swollen"));
    }

    /** Serum sodium 129 mmol/L: below 130, urgent (SCIENCE.md 13). */
    public static RedFlagScenario lowSodium() {
        return new RedFlagScenario("red_flag_low_sodium", "Serum sodium 129 mmol/L.", 1105L, Expected.FLAG_HYPONATREMIA,
                a -> { }, l -> l.set(l.list().get(0).date(), LabTest.SODIUM, 129, "mmol/L"), p -> p);
    }

    /** Hemoglobin 12.1 g/dL in a man, under the WHO 2024 cut-off of 13.0 g/dL; ferritin normal. */
    public static RedFlagScenario lowHemoglobin() {
        return new RedFlagScenario("red_flag_low_hemoglobin", "Hemoglobin 12.1 g/dL in a man (WHO cut-off 13.0).",
                1106L, Expected.FLAG_ANEMIA, a -> { },
                l -> l.set(l.list().get(0).date(), LabTest.HEMOGLOBIN, 12.1, "g/dL"), p -> p);
    }

    @Override
    public Expected expected() {
        return Expected.redFlag(flag);
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = spec();
        profile.accept(a);
        return a.build();
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        DayPlan d = super.plan(day);
        return day.isLast() && d.run() != null ? new DayPlan(lastRun.apply(d.run()), d.shift()) : d;
    }

    @Override
    protected List<LabValue> labs() {
        Labs l = normalLabs();
        labs.accept(l);
        return l.list();
    }
}
