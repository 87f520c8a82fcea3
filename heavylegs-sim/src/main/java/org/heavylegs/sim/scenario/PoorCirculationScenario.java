package org.heavylegs.sim.scenario;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.sim.Expected;
import org.heavylegs.sim.folder.Labs;
import org.heavylegs.sim.history.Climate;
import org.heavylegs.sim.history.DayPlan;
import org.heavylegs.sim.history.PlanDay;
import org.heavylegs.sim.history.WellnessColumns;
import org.heavylegs.sim.run.Recording;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.run.Segment;
import org.heavylegs.sim.run.Workouts;

/**
 * The article's peripheral artery disease example: a 58-year-old with diabetes whose calf heaviness
 * comes back at a reproducible point of every run (after 11-13 min, then every 9-12 min) and goes
 * within 2-5 min of standing still (the timer auto-pauses). The Edinburgh Claudication Questionnaire
 * pattern (Leng & Fowkes 1992: exertional calf pain relieved within 10 min of standing) is answered
 * claudication: true. Claudication is also a red flag (vascular review).
 */
public final class PoorCirculationScenario extends SimulatedScenario {
    static final RunnerProfile RUNNER = new RunnerProfile(Sex.MALE, 82, 58, 164, 3.2, 38, 164, 7.0, 8.8, 268, 49.6,
            0.9, 40, Recording.WATCH);
    static final double FIRST_STOP_MIN = 11;
    static final double FIRST_STOP_MAX = 13;
    static final double STOP_EVERY_MIN = 9;
    static final double STOP_EVERY_MAX = 12;
    static final double PAUSE_MIN_S = 120;
    static final double PAUSE_MAX_S = 300;

    public PoorCirculationScenario() {
        super("poor_circulation", "Reproducible calf heaviness at the same point of every run with 2-5 min stops at "
                + "similar intervals, claudication: true, age 58, diabetes.", 1006L, SIX_WEEKS, AUTUMN_END);
    }

    @Override
    public Expected expected() {
        return Expected.cause(Expected.POOR_CIRCULATION, Expected.FLAG_CLAUDICATION, Expected.FLAG_DIABETES_LEG_SYMPTOMS);
    }

    @Override
    protected RunnerProfile runner() {
        return RUNNER;
    }

    @Override
    protected Athlete athlete() {
        AthleteSpec a = new AthleteSpec(RUNNER, "Walter", 1968, 177);
        a.conditions = Set.of("diabetes");
        a.medications = Set.of("statin");
        a.heavyLegsSinceDays = 60;
        a.claudication = true;
        return a.build();
    }

    @Override
    protected WellnessColumns wellnessColumns() {
        return WellnessColumns.WATCH_ONLY;
    }

    @Override
    protected DayPlan plan(PlanDay day) {
        DayOfWeek d = day.dayOfWeek();
        if (d != DayOfWeek.TUESDAY && d != DayOfWeek.THURSDAY && d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
            return DayPlan.rest();
        }
        double minutes = d == DayOfWeek.SUNDAY ? day.between(50, 60) : day.between(35, 45);
        RunPlan p = Workouts.easy(RUNNER, minutes);
        p.segments(withStops(p.segments(), day));
        p.weather(Climate.morningC(day), Climate.humidity(day))
                .heavyLegs(Math.rint(day.between(6, 7.5)))
                .notes("right calf tight and heavy after ~12 min, had to stand a few minutes, then fine again")
                .logged(false);
        return DayPlan.of(p);
    }

    /** Splits the moving segments at the claudication points and inserts the standing pauses. */
    static List<Segment> withStops(List<Segment> segments, PlanDay day) {
        List<Segment> out = new ArrayList<>();
        double nextStop = 60 * day.between(FIRST_STOP_MIN, FIRST_STOP_MAX);
        double moved = 0;
        for (Segment s : segments) {
            double left = s.plannedSeconds();
            while (moved + left > nextStop) {
                double part = nextStop - moved;
                out.add(Segment.forTime(s.kind(), part, s.speedMps()));
                out.add(Segment.pause(Math.rint(day.between(PAUSE_MIN_S, PAUSE_MAX_S))));
                moved += part;
                left -= part;
                nextStop += 60 * day.between(STOP_EVERY_MIN, STOP_EVERY_MAX);
            }
            out.add(Segment.forTime(s.kind(), left, s.speedMps()));
            moved += left;
        }
        return out;
    }

    @Override
    protected List<LabValue> labs() {
        var date = lastDay().minusDays(25);
        return new Labs()
                .add(date, LabTest.HBA1C, 7.4, "%")
                .add(date, LabTest.HEMOGLOBIN, 14.6, "g/dL")
                .add(date, LabTest.FERRITIN, 110, "ug/L")
                .add(date, LabTest.SODIUM, 140, "mmol/L")
                .list();
    }
}
