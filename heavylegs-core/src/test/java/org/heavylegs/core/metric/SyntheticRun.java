package org.heavylegs.core.metric;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.StreamsBuilder;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.athlete.Symptoms;

/**
 * Builds synthetic activities for tests: channels as functions of elapsed seconds, sampled every
 * {@code step} seconds from 0 to the duration inclusive, distance integrated from speed.
 */
public final class SyntheticRun {
    public static final Instant START = Instant.parse("2026-05-01T07:00:00Z");

    private final double durationS;
    private double stepS = 1;
    private String sport = "running";
    private final Map<Channel, DoubleUnaryOperator> channels = new EnumMap<>(Channel.class);
    private final List<Pause> pauses = new ArrayList<>();

    private SyntheticRun(double durationS) {
        this.durationS = durationS;
    }

    public static SyntheticRun of(double durationS) {
        return new SyntheticRun(durationS);
    }

    public SyntheticRun step(double s) {
        this.stepS = s;
        return this;
    }

    public SyntheticRun sport(String s) {
        this.sport = s;
        return this;
    }

    public SyntheticRun with(Channel c, DoubleUnaryOperator f) {
        channels.put(c, f);
        return this;
    }

    public SyntheticRun constant(Channel c, double v) {
        return with(c, t -> v);
    }

    public SyntheticRun pause(double fromS, double toS) {
        pauses.add(new Pause(fromS, toS));
        return this;
    }

    public Activity build() {
        StreamsBuilder b = new StreamsBuilder((int) (durationS / stepS) + 2);
        DoubleUnaryOperator speed = channels.get(Channel.SPEED_M_S);
        double distance = 0;
        double previous = 0;
        for (double t = 0; t <= durationS + 1e-9; t += stepS) {
            boolean paused = false;
            for (Pause p : pauses) {
                paused |= t > p.startS() && t < p.endS();
            }
            if (paused) {
                continue;
            }
            b.newSample(t);
            if (speed != null) {
                if (t > 0 && !isPauseBetween(previous, t)) {
                    distance += speed.applyAsDouble(previous) * (t - previous);
                }
                b.set(Channel.DISTANCE_M, distance);
            }
            for (Map.Entry<Channel, DoubleUnaryOperator> e : channels.entrySet()) {
                b.set(e.getKey(), e.getValue().applyAsDouble(t));
            }
            previous = t;
        }
        return new Activity("synthetic.fit", SourceFormat.SYNTHETIC, sport, "generic", START, b.build(),
                List.of(), pauses, new double[0], DeviceSummary.NONE, Device.UNKNOWN, List.of());
    }

    private boolean isPauseBetween(double a, double b) {
        for (Pause p : pauses) {
            if (p.startS() >= a && p.endS() <= b) {
                return true;
            }
        }
        return false;
    }

    /** A fully specified athlete: male, hr_rest 50, hr_max 190, threshold 172, 4:30/km, 70 kg. */
    public static Physiology athlete() {
        return athlete(Sex.MALE);
    }

    public static Physiology athlete(Sex sex) {
        Athlete a = new Athlete("Test", sex, 1986, 178.0, 70.0, 190.0, 50.0, 172.0, 270.0,
                null, null, null, null, null, null, Symptoms.UNANSWERED);
        return Physiology.resolve(a, LocalDate.of(2026, 5, 1), List.of(), Double.NaN);
    }

    /** A physiology with the given HR values and everything else as {@link #athlete()}. */
    public static Physiology athlete(Sex sex, double hrRest, double hrMax, double thresholdHr) {
        Athlete a = new Athlete("Test", sex, 1986, 178.0, 70.0, hrMax, hrRest, thresholdHr, 270.0,
                null, null, null, null, null, null, Symptoms.UNANSWERED);
        return Physiology.resolve(a, LocalDate.of(2026, 5, 1), List.of(), Double.NaN);
    }

    public static RunLogEntry log(Double pre, Double post, Double fluidMl, Double carbsG, Double urineMl,
                                  Double rpe, Double temperatureC, Double humidityPct) {
        return new RunLogEntry(LocalDate.of(2026, 5, 1), START, pre, post, fluidMl, carbsG, null, urineMl, rpe,
                null, temperatureC, humidityPct, null, null, "runs.csv:2");
    }

    public static MetricResults compute(Activity a, Physiology p) {
        return Metrics.compute(MetricContext.of(a, p));
    }

    public static MetricResults compute(Activity a, Physiology p, RunLogEntry log) {
        return Metrics.compute(new MetricContext(a, p, log, null));
    }
}
