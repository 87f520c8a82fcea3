package org.heavylegs.sim.run;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that decides one simulated run: its segments, course, weather, what the runner eats
 * and drinks, the runner's state that day, and what the runner writes in runs.csv about it.
 * A fluent, mutable plan: scenarios start from a {@link Workouts} factory and change what makes
 * their case.
 */
public final class RunPlan {
    /** Starting glycogen of a runner on a normal diet [heuristic; SCIENCE.md O17 gives ~1,576 kcal loaded]. */
    public static final double NORMAL_GLYCOGEN_KCAL = 1500;
    /** Within-run form decay of a fit runner on a long run: a little [heuristic]. */
    public static final double NORMAL_FORM_DECAY = 0.15;

    private final String label;
    private final List<Segment> segments;
    private String subSport = "street";
    private LocalTime startTime = LocalTime.of(7, 0);
    private Terrain terrain = Terrain.rolling(420);
    private double temperatureC = 12;
    private double humidityPct = 70;
    private double fluidMlPerH;
    private double carbsGPerH;
    private double sodiumMgPerH;
    private double fitness = 1.0;
    private double glycogenKcal = NORMAL_GLYCOGEN_KCAL;
    private double formDecay = NORMAL_FORM_DECAY;
    private boolean coldStart;
    private Recording recording;
    private boolean logged;
    private boolean weighed;
    private double heavyLegs = Double.NaN;
    private double urineMl = Double.NaN;
    private String notes;

    public RunPlan(String label, List<Segment> segments) {
        this.label = label;
        this.segments = new ArrayList<>(segments);
    }

    public String label() {
        return label;
    }

    public List<Segment> segments() {
        return List.copyOf(segments);
    }

    /** Replaces the segments, e.g. to insert stops. */
    public RunPlan segments(List<Segment> newSegments) {
        segments.clear();
        segments.addAll(newSegments);
        return this;
    }

    public RunPlan subSport(String s) {
        subSport = s;
        return this;
    }

    public String subSport() {
        return subSport;
    }

    public RunPlan startTime(LocalTime t) {
        startTime = t;
        return this;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public RunPlan terrain(Terrain t) {
        terrain = t;
        return this;
    }

    public Terrain terrain() {
        return terrain;
    }

    public RunPlan weather(double celsius, double humidity) {
        temperatureC = celsius;
        humidityPct = humidity;
        return this;
    }

    public double temperatureC() {
        return temperatureC;
    }

    public double humidityPct() {
        return humidityPct;
    }

    /** Intake during the run, per hour. */
    public RunPlan intake(double fluidMlPerHour, double carbsGPerHour, double sodiumMgPerHour) {
        fluidMlPerH = fluidMlPerHour;
        carbsGPerH = carbsGPerHour;
        sodiumMgPerH = sodiumMgPerHour;
        return this;
    }

    public double fluidMlPerH() {
        return fluidMlPerH;
    }

    public double carbsGPerH() {
        return carbsGPerH;
    }

    public double sodiumMgPerH() {
        return sodiumMgPerH;
    }

    /** 1 = normal; below 1 the runner needs a higher heart rate for the same speed. */
    public RunPlan fitness(double f) {
        fitness = f;
        return this;
    }

    public double fitness() {
        return fitness;
    }

    public RunPlan glycogenKcal(double kcal) {
        glycogenKcal = kcal;
        return this;
    }

    public double glycogenKcal() {
        return glycogenKcal;
    }

    /** 0 = none, 1 = cadence -4.5 %, contact time +8 %, oscillation +7 % at the end of the run. */
    public RunPlan formDecay(double d) {
        formDecay = d;
        return this;
    }

    public double formDecay() {
        return formDecay;
    }

    /** Started without a warm-up: stiff first kilometre (lower cadence, faster heart-rate climb). */
    public RunPlan coldStart(boolean c) {
        coldStart = c;
        return this;
    }

    public boolean coldStart() {
        return coldStart;
    }

    /** Overrides the runner's usual devices for this run. */
    public RunPlan recording(Recording r) {
        recording = r;
        return this;
    }

    public Recording recording() {
        return recording;
    }

    /** The runner writes a runs.csv row about this run; {@code weighed}: with pre/post mass. */
    public RunPlan logged(boolean weighedToo) {
        logged = true;
        weighed = weighedToo;
        return this;
    }

    public boolean logged() {
        return logged;
    }

    public boolean weighed() {
        return weighed;
    }

    public RunPlan heavyLegs(double score) {
        heavyLegs = score;
        return this;
    }

    public double heavyLegs() {
        return heavyLegs;
    }

    public RunPlan urineMl(double ml) {
        urineMl = ml;
        return this;
    }

    public double urineMl() {
        return urineMl;
    }

    public RunPlan notes(String n) {
        notes = n;
        return this;
    }

    public String notes() {
        return notes;
    }

    /** Minutes of warm-up segments at the start. */
    public double warmupMinutes() {
        double s = 0;
        for (Segment seg : segments) {
            if (seg.kind() != SegmentKind.WARMUP) {
                break;
            }
            s += seg.plannedSeconds();
        }
        return s / 60.0;
    }

    /** Planned moving duration in seconds, pauses excluded. */
    public double plannedMovingSeconds() {
        double s = 0;
        for (Segment seg : segments) {
            if (seg.kind() != SegmentKind.PAUSE) {
                s += seg.plannedSeconds();
            }
        }
        return s;
    }

    /** Duration-weighted mean planned speed of the moving segments. */
    public double plannedMeanSpeed() {
        double time = 0;
        double meters = 0;
        for (Segment seg : segments) {
            if (seg.moving()) {
                time += seg.plannedSeconds();
                meters += seg.plannedSeconds() * seg.speedMps();
            }
        }
        return time == 0 ? 0 : meters / time;
    }
}
