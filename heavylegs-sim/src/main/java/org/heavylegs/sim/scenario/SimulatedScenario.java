package org.heavylegs.sim.scenario;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.sim.AthleteFolder;
import org.heavylegs.sim.Scenario;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.history.Simulation;
import org.heavylegs.sim.history.WellnessColumns;
import org.heavylegs.sim.run.GeneratedRun;
import org.heavylegs.sim.run.RunnerProfile;

/** A scenario simulated day by day: a runner, a profile, a daily plan, labs. */
public abstract class SimulatedScenario implements Scenario {
    public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    /** A Sunday in autumn: the focus run of most scenarios is a Sunday long run. */
    public static final LocalDate AUTUMN_END = LocalDate.of(2026, 10, 18);
    /** A Sunday in high summer, for the heat scenarios. */
    public static final LocalDate SUMMER_END = LocalDate.of(2026, 7, 26);
    static final int SIX_WEEKS = 42;
    static final int EIGHT_WEEKS = 56;

    private final String id;
    private final String summary;
    private final long seed;
    private final int days;
    private final LocalDate lastDay;

    protected SimulatedScenario(String id, String summary, long seed, int days, LocalDate lastDay) {
        this.id = id;
        this.summary = summary;
        this.seed = seed;
        this.days = days;
        this.lastDay = lastDay;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public long seed() {
        return seed;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    protected abstract RunnerProfile runner();

    /** athlete.yaml; null = no file. */
    protected abstract Athlete athlete();

    protected abstract DayPlan plan(PlanDay day);

    /** labs.csv; null = no file. */
    protected List<LabValue> labs() {
        return null;
    }

    /** Which wellness columns are kept; null = no wellness.csv. */
    protected WellnessColumns wellnessColumns() {
        return WellnessColumns.ALL;
    }

    /** Whether runs.csv is written (with the rows the plans log). */
    protected boolean keepsRunLog() {
        return true;
    }

    @Override
    public AthleteFolder generate() {
        List<Activity> activities = new ArrayList<>();
        List<WellnessDay> wellness = new ArrayList<>();
        List<RunLogEntry> runs = new ArrayList<>();
        Simulation.Setup setup = new Simulation.Setup(runner(), lastDay.minusDays(days - 1L), lastDay, ZONE, seed,
                wellnessColumns(), false);
        Simulation.run(setup, this::plan, new Simulation.Sink() {
            @Override
            public void run(GeneratedRun run) {
                activities.add(run.activity());
            }

            @Override
            public void wellness(WellnessDay day) {
                wellness.add(day);
            }

            @Override
            public void log(RunLogEntry entry) {
                runs.add(entry);
            }
        });
        return new AthleteFolder(athlete(), activities, wellnessColumns() == null ? null : wellness,
                keepsRunLog() ? runs : null, labs());
    }
}
