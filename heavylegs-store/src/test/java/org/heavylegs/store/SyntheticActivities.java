package org.heavylegs.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.StreamsBuilder;

/** Seeded synthetic runs with values on FIT's own grids (as a FIT reader produces them), and gaps. */
final class SyntheticActivities {
    private SyntheticActivities() {
    }

    static Activity run(long seed, Instant start, int seconds) {
        SplittableRandom r = new SplittableRandom(seed);
        StreamsBuilder b = new StreamsBuilder(seconds);
        double dist = 0;
        double lat = 47.0 + r.nextDouble() * 0.1;
        double lon = 8.0 + r.nextDouble() * 0.1;
        for (int t = 0; t < seconds; t++) {
            b.newSample(t);
            double speed = Math.round((2.8 + r.nextDouble() * 0.6) * 1000) / 1000.0;   // FIT 0.001 m/s
            dist += speed;
            b.set(Channel.SPEED_M_S, speed);
            b.set(Channel.DISTANCE_M, Math.round(dist * 100) / 100.0);                   // FIT 0.01 m
            if (t % 97 != 13) {                                                          // gaps
                b.set(Channel.HEART_RATE_BPM, 120 + r.nextInt(60));
            }
            b.set(Channel.ALTITUDE_M, (r.nextInt(2000) + 2500) / 5.0 - 500);              // FIT 0.2 m
            b.set(Channel.CADENCE_SPM, 2 * (80 + r.nextInt(15) + r.nextInt(128) / 128.0)); // FIT rpm + 1/128
            int latSc = (int) Math.round(lat * (1L << 31) / 180.0);
            int lonSc = (int) Math.round(lon * (1L << 31) / 180.0);
            b.set(Channel.LATITUDE_DEG, latSc * (180.0 / (1L << 31)));                   // FIT semicircles
            b.set(Channel.LONGITUDE_DEG, lonSc * (180.0 / (1L << 31)));
            lat += 0.00001 * r.nextDouble();
            lon += 0.00001 * r.nextDouble();
            if (seed % 2 == 0) {
                b.set(Channel.VERTICAL_OSCILLATION_CM, (800 + r.nextInt(300)) / 100.0);   // FIT 0.1 mm
                b.set(Channel.GROUND_CONTACT_TIME_MS, (2200 + r.nextInt(800)) / 10.0);    // FIT 0.1 ms
                b.set(Channel.POWER_W, 200 + r.nextInt(150));
            }
        }
        double[] rr = new double[seconds * 2];
        for (int i = 0; i < rr.length; i++) {
            rr[i] = (350 + r.nextInt(200)) / 1000.0;                                       // FIT 1 ms
        }
        return new Activity("synthetic-" + seed + ".fit", SourceFormat.FIT, "running", "generic", start, b.build(),
                List.of(new Lap(0, seconds / 2.0, seconds / 2.0, dist / 2, 150), new Lap(seconds / 2.0, seconds / 2.0,
                        seconds / 2.0 - 10, dist / 2, Double.NaN)),
                List.of(new Pause(seconds * 0.6, seconds * 0.6 + 10)), rr,
                DeviceSummary.of(Map.of(DeviceSummary.DISTANCE_M, dist, DeviceSummary.TIMER_S, seconds - 10.0)),
                new Device("garmin", "fr965"), List.of("synthetic warning " + seed));
    }
}
