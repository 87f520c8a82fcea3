package org.heavylegs.formats.fit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.StreamsBuilder;

/** Random but plausible activities for the encoder tests: every channel, gaps, pauses, RR, laps. */
final class FitEncoderSamples {
    private FitEncoderSamples() {
    }

    /**
     * @param allChannels every channel including ambient ones; otherwise a random subset
     */
    static Activity random(long seed, boolean allChannels) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 300 + rnd.nextInt(3000);
        Instant start = Instant.parse("2024-05-01T06:00:00Z").plusSeconds(rnd.nextInt(86_400 * 365));
        List<Channel> channels = new ArrayList<>();
        for (Channel c : Channel.values()) {
            if (allChannels || rnd.nextDouble() < 0.6) {
                channels.add(c);
            }
        }
        // A timer pause: samples jump over it, as with auto-pause.
        int pauseAt = n / 3 + rnd.nextInt(n / 3);
        int pauseLength = 20 + rnd.nextInt(300);
        StreamsBuilder b = new StreamsBuilder(n);
        double distance = 0;
        double lat = 47.0 + rnd.nextDouble();
        double lon = 8.0 + rnd.nextDouble();
        for (int i = 0; i < n; i++) {
            double t = i + (i > pauseAt ? pauseLength : 0);
            b.newSample(t);
            double speed = 2.0 + 2.5 * rnd.nextDouble();
            distance += speed;
            lat += speed * 1e-5 * rnd.nextDouble();
            lon -= speed * 1e-5 * rnd.nextDouble();
            for (Channel c : channels) {
                if (rnd.nextDouble() < 0.02) {
                    continue; // a gap
                }
                b.set(c, switch (c) {
                    case DISTANCE_M -> distance;
                    case SPEED_M_S -> speed;
                    case ALTITUDE_M -> -30 + 900 * rnd.nextDouble();
                    case HEART_RATE_BPM -> 60 + rnd.nextInt(130);
                    case CADENCE_SPM -> 140 + 50 * rnd.nextDouble();
                    case POWER_W -> 100 + rnd.nextInt(400);
                    case DEVICE_TEMPERATURE_C -> -5 + rnd.nextInt(40);
                    case VERTICAL_OSCILLATION_CM -> 6 + 6 * rnd.nextDouble();
                    case GROUND_CONTACT_TIME_MS -> 190 + 130 * rnd.nextDouble();
                    case GCT_BALANCE_LEFT_PCT -> 46 + 8 * rnd.nextDouble();
                    case STEP_LENGTH_M -> 0.7 + 0.8 * rnd.nextDouble();
                    case VERTICAL_RATIO_PCT -> 5 + 7 * rnd.nextDouble();
                    case LATITUDE_DEG -> lat;
                    case LONGITUDE_DEG -> lon;
                    case AMBIENT_TEMPERATURE_C -> -10 + 45 * rnd.nextDouble();
                    case HUMIDITY_PCT -> 100 * rnd.nextDouble();
                    case RESPIRATION_RATE_BRPM -> 20 + 40 * rnd.nextDouble();
                });
            }
        }
        double[] rr = new double[rnd.nextBoolean() || allChannels ? n * 2 + rnd.nextInt(7) : 0];
        for (int i = 0; i < rr.length; i++) {
            rr[i] = 0.3 + 0.9 * rnd.nextDouble();
        }
        List<Lap> laps = new ArrayList<>();
        double end = n - 1 + pauseLength;
        for (double s = 0; s < end; s += 600) {
            double e = Math.min(600, end - s);
            laps.add(new Lap(s, e, e, 1500 + rnd.nextInt(1000), 120 + rnd.nextInt(50)));
        }
        String[] sports = {"running", "cycling", "walking", "generic"};
        String[] subs = {"generic", "trail", "treadmill", "street"};
        return new Activity("sample-" + seed, SourceFormat.SYNTHETIC, sports[rnd.nextInt(sports.length)],
                subs[rnd.nextInt(subs.length)], start, b.build(), laps,
                List.of(new Pause(pauseAt, pauseAt + pauseLength)), rr, DeviceSummary.NONE,
                new Device("development", "heavylegs-test"), List.of());
    }
}
