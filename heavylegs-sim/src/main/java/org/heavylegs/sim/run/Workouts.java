package org.heavylegs.sim.run;

import java.util.ArrayList;
import java.util.List;

/** The usual sessions of a runner, as plans at the runner's own speeds. */
public final class Workouts {
    /** Length of a warm-up that does its job: 10-15 min easy (SCIENCE.md 6.3, after Bishop 2003). */
    public static final double WARMUP_S = 12 * 60;
    public static final double COOLDOWN_S = 8 * 60;

    private Workouts() {
    }

    /** An easy run that starts with a few minutes of gentle running. */
    public static RunPlan easy(RunnerProfile r, double minutes) {
        double ramp = Math.min(8 * 60, minutes * 60 * 0.15);
        return new RunPlan("easy", List.of(
                Segment.forTime(SegmentKind.WARMUP, ramp, r.easySpeed()),
                Segment.forTime(SegmentKind.STEADY, minutes * 60 - ramp, r.easySpeed())));
    }

    /** Easy running from the first step at full easy speed. */
    public static RunPlan easyNoWarmup(RunnerProfile r, double minutes) {
        return new RunPlan("easy", List.of(Segment.forTime(SegmentKind.STEADY, minutes * 60, r.easySpeed())));
    }

    public static RunPlan longRun(RunnerProfile r, double minutes) {
        return new RunPlan("long", List.of(
                Segment.forTime(SegmentKind.WARMUP, 10 * 60, r.longSpeed()),
                Segment.forTime(SegmentKind.STEADY, minutes * 60 - 10 * 60, r.longSpeed())));
    }

    /** A long run over a distance at a given speed (e.g. marathon pace), after a short ramp. */
    public static RunPlan longRunKm(double km, double speedMps) {
        return new RunPlan("long", List.of(
                Segment.forDistance(SegmentKind.WARMUP, 1500, speedMps),
                Segment.forDistance(SegmentKind.STEADY, km * 1000 - 1500, speedMps)));
    }

    /** A steady run at a given speed from the first step (no ramp at all). */
    public static RunPlan steadyFromTheStart(String label, double minutes, double speedMps) {
        return new RunPlan(label, List.of(Segment.forTime(SegmentKind.STEADY, minutes * 60, speedMps)));
    }

    public static RunPlan tempo(RunnerProfile r, double tempoMinutes, boolean warmup) {
        List<Segment> s = new ArrayList<>();
        if (warmup) {
            s.add(Segment.forTime(SegmentKind.WARMUP, WARMUP_S, r.easySpeed()));
        }
        s.add(Segment.forTime(SegmentKind.WORK, tempoMinutes * 60, r.tempoSpeed()));
        s.add(Segment.forTime(SegmentKind.COOLDOWN, COOLDOWN_S, r.easySpeed() * 0.95));
        return new RunPlan("tempo", s);
    }

    public static RunPlan intervals(RunnerProfile r, int reps, double workS, double restS, boolean warmup) {
        List<Segment> s = new ArrayList<>();
        if (warmup) {
            s.add(Segment.forTime(SegmentKind.WARMUP, WARMUP_S, r.easySpeed()));
            s.add(Segment.forTime(SegmentKind.RECOVERY, 120, r.jogSpeed()));
        }
        for (int i = 0; i < reps; i++) {
            s.add(Segment.forTime(SegmentKind.WORK, workS, r.intervalSpeed()));
            if (i + 1 < reps) {
                s.add(Segment.forTime(SegmentKind.RECOVERY, restS, r.jogSpeed()));
            }
        }
        s.add(Segment.forTime(SegmentKind.COOLDOWN, COOLDOWN_S, r.easySpeed() * 0.95));
        return new RunPlan("intervals", s);
    }
}
