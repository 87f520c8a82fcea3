package org.heavylegs.sim.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.StreamsBuilder;

/**
 * Turns a runner and a plan into a 1 Hz activity as a watch would record it: speed with pacing
 * noise and grade response, heart rate ({@link HeartModel}), running dynamics ({@link FormModel}),
 * barometric altitude, positions, power and ambient sensors, timer pauses, auto-laps and RR
 * intervals. Deterministic for a given random generator.
 */
public final class RunGenerator {
    /** The device the simulated files name. */
    public static final Device DEVICE = new Device("development", "heavylegs-sim");
    /** Speed response time constant of a runner, s [heuristic]. */
    static final double TAU_SPEED_S = 4;
    /** Pacing noise: AR(1) with this persistence and step size gives ~2.5 % speed variation [heuristic]. */
    static final double PACE_NOISE_PERSISTENCE = 0.97;
    static final double PACE_NOISE_STEP = 0.006;
    /** After hitting the wall runners slow by ~40 % (the "wall" is > 25 % slower, Shiga et al. 2025). */
    static final double WALL_SLOWDOWN = 1.42;
    static final double WALL_ONSET_S = 60;
    /**
     * On climbs steeper than {@link #CLIMB_GRADE} runners hike rather than exceed about threshold
     * effort: grade-adjusted speed is capped at this share of threshold speed [heuristic].
     */
    static final double CLIMB_EFFORT_CAP = 0.95;
    static final double CLIMB_GRADE = 0.04;
    /**
     * Late fade with fatigue: at full form decay the runner slows by 4 % while the same speed costs 4 %
     * more effort, so pace fades at a constant heart rate (SCIENCE.md 7.1, EF last third vs first) [heuristic].
     */
    static final double FATIGUE_FADE = 0.04;
    static final double FATIGUE_COST = 0.04;
    /** Running power of a Stryd-like pod, W per kg per m/s on the level [heuristic, ~1 kJ/kg/km]. */
    static final double POWER_W_PER_KG_PER_MPS = 1.04;
    /** A wrist sensor reads ~9 C above the air once warm (SCIENCE.md 10.9: watches read body heat) [heuristic]. */
    static final double WRIST_ABOVE_AIR_C = 9;
    static final double METERS_PER_DEGREE_LAT = 111_320;
    static final double HOME_LAT = 47.3769;
    static final double HOME_LON = 8.5417;

    private RunGenerator() {
    }

    public static GeneratedRun generate(RunnerProfile runner, RunPlan plan, Instant start, String source, SplittableRandom rnd) {
        return new Run(runner, plan, rnd).generate(start, source);
    }

    /** The state of one run while it is generated. */
    private static final class Run {
        private final RunnerProfile runner;
        private final RunPlan plan;
        private final Recording rec;
        private final SplittableRandom rnd;
        private final Course course;
        private final HeartModel heart;
        private final FormModel form;
        private final Glycogen glycogen;
        private final RrRecorder rr;
        private final LapRecorder laps = new LapRecorder();
        private final List<Pause> pauses = new ArrayList<>();
        private final StreamsBuilder b;
        private final double thresholdSpeed;
        private final double sweatRateLh;
        private final double netLossLPerS;
        private final double plannedMovingS;
        private double t;
        private double movingS;
        private double timerS;
        private double distance;
        private double speed;
        private double paceNoise;
        private double wall = 1;
        private boolean hitWall;
        private double hrrSum;
        private int hrrCount;
        private double altNoise;
        private double lat;
        private double lon;
        private double bearing;
        private final double loopM;

        Run(RunnerProfile runner, RunPlan plan, SplittableRandom rnd) {
            this.runner = runner;
            this.plan = plan;
            this.rec = plan.recording() != null ? plan.recording() : runner.recording();
            this.rnd = rnd;
            this.course = new Course(plan.terrain(), rnd.split());
            this.heart = new HeartModel(runner, plan.temperatureC(), rnd.split());
            this.form = new FormModel(runner, rnd.split());
            this.glycogen = new Glycogen(plan.glycogenKcal());
            this.rr = rec.rr() ? new RrRecorder(rnd.split()) : null;
            this.thresholdSpeed = runner.thresholdSpeedMps() * plan.fitness();
            double plannedIntensity = HeartModel.steadyReserveFraction(plan.plannedMeanSpeed() / thresholdSpeed);
            this.sweatRateLh = SweatModel.rateLh(runner, plan.temperatureC(), plannedIntensity);
            this.netLossLPerS = (sweatRateLh - plan.fluidMlPerH() / 1000.0) / 3600.0;
            this.plannedMovingS = Math.max(1, plan.plannedMovingSeconds());
            this.b = new StreamsBuilder((int) plannedMovingS + 900);
            this.lat = HOME_LAT + 0.01 * (rnd.nextDouble() - 0.5);
            this.lon = HOME_LON + 0.01 * (rnd.nextDouble() - 0.5);
            this.bearing = 2 * Math.PI * rnd.nextDouble();
            this.loopM = Math.max(2000, plan.plannedMeanSpeed() * plannedMovingS);
        }

        GeneratedRun generate(Instant start, String source) {
            for (Segment seg : plan.segments()) {
                if (seg.kind() == SegmentKind.PAUSE) {
                    pause(seg.seconds());
                    continue;
                }
                double segStartS = t;
                double segStartM = distance;
                while (!(t - segStartS >= seg.seconds() || distance - segStartM >= seg.meters())) {
                    second(seg, t - segStartS);
                }
            }
            double end = b.size() == 0 ? 0 : b.lastTime();
            Activity activity = new Activity(source, SourceFormat.SYNTHETIC, "running", plan.subSport(), start, b.build(),
                    laps.finish(end, distance), pauses, rr == null ? new double[0] : rr.intervals(), DeviceSummary.NONE,
                    DEVICE, List.of());
            return new GeneratedRun(activity, plan, sweatRateLh, timerS, distance,
                    hrrCount == 0 ? Double.NaN : hrrSum / hrrCount, hitWall);
        }

        /** The timer stops at the last sample and starts again {@code seconds} later. */
        private void pause(double seconds) {
            double last = b.size() == 0 ? 0 : b.lastTime();
            pauses.add(new Pause(last, last + seconds));
            laps.paused(seconds);
            heart.rest(seconds);
            speed = 0;
            t = last + seconds + 1;
        }

        private void second(Segment seg, double inSegmentS) {
            double grade = course.grade(distance);
            double progress = Math.min(1, movingS / plannedMovingS);
            double decay = plan.formDecay() * smoothstep((progress - 0.5) / 0.5);
            double target = 0;
            if (seg.moving()) {
                target = seg.speedMps();
                if (seg.kind() == SegmentKind.WARMUP) {
                    target *= 0.8 + 0.2 * Math.min(1, inSegmentS / Math.max(1, seg.plannedSeconds()));
                }
                paceNoise = PACE_NOISE_PERSISTENCE * paceNoise + PACE_NOISE_STEP * rnd.nextGaussian();
                target *= GradeCost.speedFactor(grade) * wall * (1 - FATIGUE_FADE * decay) * (1 + paceNoise);
                if (grade > CLIMB_GRADE) {
                    target = Math.min(target, CLIMB_EFFORT_CAP * thresholdSpeed / GradeCost.ratio(grade));
                }
            }
            speed += (target - speed) * (1 - Math.exp(-1 / TAU_SPEED_S));
            double gradeAdjusted = speed * GradeCost.ratio(grade);
            double massLossPct = 100.0 * netLossLPerS * timerS / runner.massKg();
            double effort = speed < 0.5 ? 0 : gradeAdjusted / thresholdSpeed * (1 + FATIGUE_COST * decay);
            double hr = heart.step(effort, movingS, massLossPct);
            double hrr = heart.reserveFraction(hr);
            hrrSum += hrr;
            hrrCount++;
            glycogen.step(runner.massKg(), gradeAdjusted, hrr, plan.carbsGPerH(), 1);
            if (glycogen.empty()) {
                hitWall = true;
                wall += (1 / WALL_SLOWDOWN - wall) / WALL_ONSET_S;
            }
            double coldness = plan.coldStart() ? Math.max(0, 1 - distance / FormModel.COLD_M) : 0;
            form.step(speed, decay, coldness);
            record(speed, hr, grade);
            if (rr != null) {
                rr.second(t, hr);
            }
            laps.sample(t, distance, hr);
            distance += speed;
            move(speed);
            if (seg.moving()) {
                movingS++;
            }
            timerS++;
            t++;
        }

        private void record(double v, double hr, double grade) {
            b.newSample(t);
            b.set(Channel.DISTANCE_M, distance);
            b.set(Channel.SPEED_M_S, v);
            b.set(Channel.HEART_RATE_BPM, Math.rint(hr));
            b.set(Channel.CADENCE_SPM, form.out[0]);
            altNoise = 0.98 * altNoise + 0.05 * rnd.nextGaussian();
            b.set(Channel.ALTITUDE_M, course.altitude(distance) + altNoise);
            b.set(Channel.DEVICE_TEMPERATURE_C, plan.temperatureC() + WRIST_ABOVE_AIR_C * (1 - Math.exp(-t / 900.0)));
            if (rec.gps()) {
                double noiseM = 1.5;
                b.set(Channel.LATITUDE_DEG, lat + noiseM * rnd.nextGaussian() / METERS_PER_DEGREE_LAT);
                b.set(Channel.LONGITUDE_DEG, lon + noiseM * rnd.nextGaussian() / lonMeters());
            }
            if (rec.dynamics() && v >= 0.3) {
                double cadence = form.out[0];
                double stepLength = v / (cadence / 60.0);
                b.set(Channel.GROUND_CONTACT_TIME_MS, form.out[1]);
                b.set(Channel.VERTICAL_OSCILLATION_CM, form.out[2]);
                b.set(Channel.GCT_BALANCE_LEFT_PCT, form.out[3]);
                b.set(Channel.STEP_LENGTH_M, stepLength);
                b.set(Channel.VERTICAL_RATIO_PCT, form.out[2] / (stepLength * 100) * 100);
            }
            if (rec.footPod()) {
                double power = v < 0.3 ? 0 : runner.massKg() * POWER_W_PER_KG_PER_MPS * v * GradeCost.ratio(grade);
                b.set(Channel.POWER_W, Math.max(0, Math.rint(power + 4 * rnd.nextGaussian())));
                b.set(Channel.AMBIENT_TEMPERATURE_C, plan.temperatureC() + 0.4 * Math.sin(t / 1800.0) + 0.1 * rnd.nextGaussian());
                b.set(Channel.HUMIDITY_PCT, Math.max(0, Math.min(100, plan.humidityPct() + 0.8 * rnd.nextGaussian())));
            }
        }

        /** A rough loop: the heading turns once per planned distance, with wiggles. */
        private void move(double v) {
            bearing += 2 * Math.PI * v / loopM + 0.02 * rnd.nextGaussian();
            lat += v * Math.cos(bearing) / METERS_PER_DEGREE_LAT;
            lon += v * Math.sin(bearing) / lonMeters();
        }

        private double lonMeters() {
            return METERS_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat));
        }

        private static double smoothstep(double x) {
            double c = Math.max(0, Math.min(1, x));
            return c * c * (3 - 2 * c);
        }
    }
}
