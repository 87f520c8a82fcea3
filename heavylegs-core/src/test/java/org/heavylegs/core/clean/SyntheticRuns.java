package org.heavylegs.core.clean;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Streams;

/**
 * Clean synthetic activities for the cleaning tests: 1 Hz samples of a steady run (seeded noise on
 * speed, heart rate, cadence and GPS), with distance integrated from speed and positions moving
 * north-east from a start in Berlin.
 */
final class SyntheticRuns {
    static final Instant START = Instant.parse("2024-05-04T07:30:00Z");
    static final double LAT0 = 52.52;
    static final double LON0 = 13.40;
    private static final double M_PER_DEG_LAT = 111_195.0;

    private SyntheticRuns() {
    }

    /** A clean run of n seconds. */
    static Activity run(long seed, int n) {
        return activity("running", streams(new Random(seed), n, 3.0, 170), List.of(), List.of());
    }

    /** A clean ride of n seconds at about 8 m/s with cycling cadence. */
    static Activity ride(long seed, int n) {
        return activity("cycling", streams(new Random(seed), n, 8.0, 85), List.of(), List.of());
    }

    /** Random clean streams: speed around {@code speed} m/s, cadence around {@code cadence} spm. */
    static Streams streams(Random random, int n, double speed, double cadence) {
        double[] t = new double[n];
        double[][] c = new double[Channel.values().length][];
        double[] v = new double[n];
        double[] d = new double[n];
        double[] hr = new double[n];
        double[] cad = new double[n];
        double[] lat = new double[n];
        double[] lon = new double[n];
        double[] alt = new double[n];
        double bearing = random.nextDouble() * Math.PI / 2;
        double north = 0;
        double east = 0;
        double hrLevel = 95 + random.nextDouble() * 20;
        double hrTarget = 140 + random.nextDouble() * 30;
        for (int i = 0; i < n; i++) {
            t[i] = i;
            v[i] = speed * (1 + 0.05 * random.nextGaussian());
            d[i] = i == 0 ? 0 : d[i - 1] + v[i];
            north += v[i] * Math.cos(bearing);
            east += v[i] * Math.sin(bearing);
            bearing += 0.01 * random.nextGaussian();
            lat[i] = LAT0 + (north + 2 * random.nextGaussian()) / M_PER_DEG_LAT;
            lon[i] = LON0 + (east + 2 * random.nextGaussian()) / (M_PER_DEG_LAT * Math.cos(Math.toRadians(LAT0)));
            hrLevel += (hrTarget - hrLevel) / 60;
            hr[i] = Math.round(hrLevel + 1.5 * random.nextGaussian());
            cad[i] = Math.round(cadence + 3 * random.nextGaussian());
            alt[i] = 35 + 5 * Math.sin(i / 300.0);
        }
        c[Channel.SPEED_M_S.ordinal()] = v;
        c[Channel.DISTANCE_M.ordinal()] = d;
        c[Channel.HEART_RATE_BPM.ordinal()] = hr;
        c[Channel.CADENCE_SPM.ordinal()] = cad;
        c[Channel.LATITUDE_DEG.ordinal()] = lat;
        c[Channel.LONGITUDE_DEG.ordinal()] = lon;
        c[Channel.ALTITUDE_M.ordinal()] = alt;
        return Streams.of(t, c);
    }

    static Activity activity(String sport, Streams streams, List<Lap> laps, List<Pause> pauses) {
        return activity(sport, SourceFormat.SYNTHETIC, streams, laps, pauses);
    }

    static Activity activity(String sport, SourceFormat format, Streams streams, List<Lap> laps, List<Pause> pauses) {
        return new Activity("synthetic-" + sport + ".fit", format, sport, "generic", START, streams, laps, pauses,
                new double[0], DeviceSummary.NONE, Device.UNKNOWN, List.of());
    }

    /** The rows of s in the given order (an index may repeat), for injecting disorder and duplicates. */
    static Streams rows(Streams s, int[] order) {
        double[] t = new double[order.length];
        double[][] c = new double[Channel.values().length][];
        for (Channel ch : s.channels()) {
            c[ch.ordinal()] = new double[order.length];
        }
        for (int k = 0; k < order.length; k++) {
            t[k] = s.time()[order[k]];
            for (Channel ch : s.channels()) {
                c[ch.ordinal()][k] = s.get(ch)[order[k]];
            }
        }
        return Streams.of(t, c);
    }

    /** A copy of a column with some entries changed, for injecting defects. */
    static double[] copy(Streams s, Channel channel) {
        return s.get(channel).clone();
    }

    /** Asserts nothing: true when both streams hold the same channels with the same values, NaN equal to NaN. */
    static boolean sameStreams(Streams a, Streams b) {
        if (!java.util.Arrays.equals(a.time(), b.time()) || !a.channelSet().equals(b.channelSet())) {
            return false;
        }
        for (Channel c : a.channels()) {
            if (!java.util.Arrays.equals(a.get(c), b.get(c))) {
                return false;
            }
        }
        return true;
    }
}
