package org.heavylegs.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.LongStream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.athlete.Physiology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants over seeded random runs (fixed seeds, so every failure reproduces): load grows with
 * duration and intensity; steady effort is coupled and drift is measured as built; grade-adjusted
 * pace equals pace on the flat; a race-pace start has no warm-up and a 10-min easy ramp an adequate one.
 */
class MetricPropertiesTest {

    private static final Physiology ATHLETE = SyntheticRun.athlete(); // rest 50, max 190, LTHR 172

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    /** Gaussian noise of a standard deviation, one value per second. */
    private static double[] noise(Random rnd, int seconds, double sd) {
        double[] x = new double[seconds + 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian() * sd;
        }
        return x;
    }

    /** A random walk of heart rate around a base, kept inside [lo, hi]. */
    private static double[] hrWalk(Random rnd, int seconds, double base, double lo, double hi) {
        double[] hr = new double[seconds + 2];
        double h = base;
        for (int i = 0; i < hr.length; i++) {
            h = Math.max(lo, Math.min(hi, h + rnd.nextGaussian() * 0.7 + (base - h) * 0.01));
            hr[i] = h;
        }
        return hr;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void loadGrowsWithDurationAndIntensity(long seed) {
        Random rnd = new Random(seed);
        int minutes = 20 + rnd.nextInt(70);
        int extra = 5 + rnd.nextInt(30);
        double base = 110 + rnd.nextInt(60);
        double[] hr = hrWalk(rnd, (minutes + extra) * 60, base, 95, 185);
        double bump = 3 + rnd.nextInt(10);

        MetricResults shorter = SyntheticRun.compute(run(minutes, hr, 0), ATHLETE);
        MetricResults longer = SyntheticRun.compute(run(minutes + extra, hr, 0), ATHLETE);
        MetricResults harder = SyntheticRun.compute(run(minutes, hr, bump), ATHLETE);

        for (String key : new String[] {"trimp_banister", "hr_tss", "trimp_lucia"}) {
            assertThat(longer.number(key)).as(key + " longer").isGreaterThan(shorter.number(key));
        }
        for (String key : new String[] {"trimp_banister", "hr_tss"}) {
            assertThat(harder.number(key)).as(key + " harder").isGreaterThan(shorter.number(key));
        }
        for (String key : new String[] {"trimp_edwards", "trimp_lucia"}) {
            assertThat(longer.number(key)).as(key + " longer").isGreaterThanOrEqualTo(shorter.number(key));
            assertThat(harder.number(key)).as(key + " harder").isGreaterThanOrEqualTo(shorter.number(key));
        }
    }

    private static Activity run(int minutes, double[] hr, double bump) {
        return SyntheticRun.of(minutes * 60).constant(Channel.SPEED_M_S, 3)
                .with(Channel.HEART_RATE_BPM, t -> hr[(int) t] + bump).build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void constantEffortIsCoupled(long seed) {
        Random rnd = new Random(seed);
        int seconds = (40 + rnd.nextInt(80)) * 60;
        double speed = 2.5 + 1.5 * rnd.nextDouble();
        double steadyHr = 130 + 30 * rnd.nextDouble();
        double[] hrNoise = noise(rnd, seconds, 3);
        double[] vNoise = noise(rnd, seconds, 0.02 * speed);
        Activity a = SyntheticRun.of(seconds)
                .with(Channel.SPEED_M_S, t -> speed + vNoise[(int) t])
                .with(Channel.HEART_RATE_BPM, t -> steadyHr - (steadyHr - 90) * Math.exp(-t / 60) + hrNoise[(int) t])
                .build();
        MetricResults r = SyntheticRun.compute(a, ATHLETE);
        assertThat(r.number("decoupling_pct")).isCloseTo(0, within(0.5));
        assertThat(r.number("cardiac_drift_bpm_per_h")).isCloseTo(0, within(1.0));
        assertThat(r.number("pace_fade_pct")).isCloseTo(0, within(0.7));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void driftingEffortShowsItsDrift(long seed) {
        Random rnd = new Random(seed);
        int seconds = (50 + rnd.nextInt(90)) * 60;
        double speed = 2.5 + 1.5 * rnd.nextDouble();
        double base = 125 + 25 * rnd.nextDouble();
        double drift = 2 + 13 * rnd.nextDouble(); // bpm per hour
        double[] hrNoise = noise(rnd, seconds, 2);
        Activity a = SyntheticRun.of(seconds).constant(Channel.SPEED_M_S, speed)
                .with(Channel.HEART_RATE_BPM, t -> base + drift * t / 3600 + hrNoise[(int) t]).build();
        MetricResults r = SyntheticRun.compute(a, ATHLETE);

        // The steady part runs from 600 s to the end (length L); its halves have mean HR at their midpoints.
        double length = seconds - 600;
        double h1 = base + drift * (600 + length / 4) / 3600;
        double h2 = base + drift * (600 + 3 * length / 4) / 3600;
        double expected = (1 - h1 / h2) * 100;
        assertThat(r.number("decoupling_pct")).isCloseTo(expected, within(0.3));
        assertThat(r.number("cardiac_drift_bpm_per_h")).isCloseTo(drift, within(Math.max(0.5, 0.1 * drift)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void gapOnTheFlatEqualsPace(long seed) {
        Random rnd = new Random(seed);
        int seconds = (10 + rnd.nextInt(60)) * 60;
        double[] v = new double[seconds + 2];
        double x = 2 + 2 * rnd.nextDouble();
        for (int i = 0; i < v.length; i++) {
            x = Math.max(1.0, Math.min(6.0, x + rnd.nextGaussian() * 0.05));
            v[i] = x;
        }
        double altitude = 1000 * rnd.nextDouble();
        SyntheticRun flat = SyntheticRun.of(seconds).with(Channel.SPEED_M_S, t -> v[(int) t]);
        for (Activity a : new Activity[] {flat.build(), flat.constant(Channel.ALTITUDE_M, altitude).build()}) {
            MetricResults r = SyntheticRun.compute(a, ATHLETE);
            assertThat(r.number("gap_s_per_km")).isCloseTo(r.number("pace_s_per_km"), within(1e-9 * r.number("pace_s_per_km")));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void raceStartHasNoWarmup(long seed) {
        Random rnd = new Random(seed);
        int seconds = (20 + rnd.nextInt(30)) * 60;
        double race = 3.5 + 1.5 * rnd.nextDouble();
        double targetHrr = 0.85 + 0.07 * rnd.nextDouble();
        double tau = 20 + 20 * rnd.nextDouble();
        double target = ATHLETE.hrRest() + targetHrr * (ATHLETE.hrMax() - ATHLETE.hrRest());
        double[] hrNoise = noise(rnd, seconds, 2);
        double[] vNoise = noise(rnd, seconds, 0.02 * race);
        Activity a = SyntheticRun.of(seconds)
                .with(Channel.SPEED_M_S, t -> race + vNoise[(int) t])
                .with(Channel.HEART_RATE_BPM, t -> target - (target - 80) * Math.exp(-t / tau) + hrNoise[(int) t])
                .build();
        MetricResults r = SyntheticRun.compute(a, ATHLETE);
        assertThat(r.text("warmup_quality")).contains("none");
        assertThat(r.number("warmup_min")).isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void tenMinuteEasyRampIsAdequate(long seed) {
        Random rnd = new Random(seed);
        int ramp = 600 + rnd.nextInt(120);
        int seconds = ramp + (15 + rnd.nextInt(30)) * 60;
        double main = 3.5 + 1.0 * rnd.nextDouble();
        double easyHrr = 0.50 + 0.05 * rnd.nextDouble();
        double mainHrr = 0.78 + 0.08 * rnd.nextDouble();
        double easyHr = ATHLETE.hrRest() + easyHrr * (ATHLETE.hrMax() - ATHLETE.hrRest());
        double mainHr = ATHLETE.hrRest() + mainHrr * (ATHLETE.hrMax() - ATHLETE.hrRest());
        double[] hrNoise = noise(rnd, seconds, 2);
        Activity a = SyntheticRun.of(seconds)
                .with(Channel.SPEED_M_S, t -> t < ramp ? main * (0.5 + 0.25 * t / ramp) : main)
                .with(Channel.HEART_RATE_BPM, t -> (t < ramp
                        ? easyHr - (easyHr - 80) * Math.exp(-t / 60)
                        : mainHr - (mainHr - easyHr) * Math.exp(-(t - ramp) / 40)) + hrNoise[(int) t])
                .build();
        MetricResults r = SyntheticRun.compute(a, ATHLETE);
        assertThat(r.text("warmup_quality")).contains("adequate");
        assertThat(r.number("warmup_min")).isBetween(ramp / 60.0, ramp / 60.0 + 3);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void brokenDataNeverBreaksAMetric(long seed) {
        Random rnd = new Random(seed);
        int seconds = rnd.nextInt(4) == 0 ? rnd.nextInt(5) : 60 * (1 + rnd.nextInt(120));
        SyntheticRun b = SyntheticRun.of(seconds).step(rnd.nextBoolean() ? 1 : 1 + rnd.nextInt(9));
        for (Channel c : Channel.values()) {
            int kind = rnd.nextInt(5);
            if (kind == 0) {
                continue;
            }
            double scale = 1 + rnd.nextInt(300);
            b.with(c, t -> switch (kind) {
                case 1 -> Double.NaN;
                case 2 -> rnd.nextDouble() < 0.3 ? Double.NaN : scale * rnd.nextGaussian();
                case 3 -> rnd.nextDouble() < 0.01 ? 1e9 : scale * rnd.nextDouble();
                default -> 0.0;
            });
        }
        if (seconds > 200 && rnd.nextBoolean()) {
            b.pause(100, 100 + rnd.nextInt(100));
        }
        MetricResults r = SyntheticRun.compute(b.build(), SyntheticRun.athlete());
        assertThat(r.keys()).containsExactlyElementsOf(Metrics.keys());
        assertThat(r.notApplicable().values()).noneMatch(reason -> reason.startsWith(Metrics.INTERNAL_ERROR));
        for (Object v : r.values().values()) {
            if (v instanceof Double d) {
                assertThat(d).isFinite();
            }
        }
    }
}
