package org.heavylegs.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.garmin.fit.RecordMesg;
import java.time.Instant;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.formats.fit.FitEncoderOracle;

/** Checks a written FIT file against the activity it was written from, via the Garmin SDK (test oracle). */
final class FitFileCheck {
    private static final long FIT_EPOCH = Instant.parse("1989-12-31T00:00:00Z").getEpochSecond();
    private static final double SEMICIRCLE_DEG = 180.0 / 2147483648.0;

    private FitFileCheck() {
    }

    static void decodesTo(byte[] file, Activity a) {
        assertThat(FitEncoderOracle.integrityOk(file)).as("%s passes the SDK integrity check", a.source()).isTrue();
        FitEncoderOracle o = FitEncoderOracle.decode(file);
        Streams s = a.streams();
        long base = a.start().getEpochSecond() - FIT_EPOCH;
        assertThat(o.records).as("%s records", a.source()).hasSize(s.size());
        assertThat(o.sessions).hasSize(1);
        assertThat(o.sessions.get(0).getSport()).isEqualTo(com.garmin.fit.Sport.RUNNING);
        assertThat(o.laps).hasSize(a.laps().size());
        assertThat(o.rrS().length).isEqualTo(a.rrS().length);
        double[] t = s.time();
        for (int i = 0; i < s.size(); i++) {
            RecordMesg r = o.records.get(i);
            if (r.getTimestamp().getTimestamp() != base + Math.round(t[i])) {
                throw new AssertionError("timestamp at sample " + i + ": " + r.getTimestamp().getTimestamp());
            }
            near(s, Channel.HEART_RATE_BPM, i, r.getHeartRate(), 0.5);
            near(s, Channel.SPEED_M_S, i, r.getEnhancedSpeed(), 0.0005);
            near(s, Channel.DISTANCE_M, i, r.getDistance(), 0.005);
            near(s, Channel.ALTITUDE_M, i, r.getEnhancedAltitude(), 0.1);
            near(s, Channel.POWER_W, i, r.getPower(), 0.5);
            near(s, Channel.DEVICE_TEMPERATURE_C, i, r.getTemperature(), 0.5);
            near(s, Channel.GROUND_CONTACT_TIME_MS, i, r.getStanceTime(), 0.05);
            near(s, Channel.VERTICAL_OSCILLATION_CM, i, r.getVerticalOscillation() == null ? null : r.getVerticalOscillation() / 10, 0.005);
            near(s, Channel.GCT_BALANCE_LEFT_PCT, i, r.getStanceTimeBalance(), 0.005);
            near(s, Channel.VERTICAL_RATIO_PCT, i, r.getVerticalRatio(), 0.005);
            near(s, Channel.STEP_LENGTH_M, i, r.getStepLength() == null ? null : r.getStepLength() / 1000, 0.00005);
            near(s, Channel.LATITUDE_DEG, i, r.getPositionLat() == null ? null : r.getPositionLat() * SEMICIRCLE_DEG, SEMICIRCLE_DEG);
            near(s, Channel.LONGITUDE_DEG, i, r.getPositionLong() == null ? null : r.getPositionLong() * SEMICIRCLE_DEG, SEMICIRCLE_DEG);
            Double spm = r.getCadence() == null ? null
                    : 2.0 * (r.getCadence() + (r.getFractionalCadence() == null ? 0 : r.getFractionalCadence()));
            near(s, Channel.CADENCE_SPM, i, spm, 1.0 / 128);
            near(s, Channel.AMBIENT_TEMPERATURE_C, i, FitEncoderOracle.developerValue(r, "Stryd Temperature"), 1e-5);
            near(s, Channel.HUMIDITY_PCT, i, FitEncoderOracle.developerValue(r, "Stryd Humidity"), 1e-4);
        }
        double[] rr = o.rrS();
        for (int i = 0; i < rr.length; i++) {
            if (Math.abs(rr[i] - a.rrS()[i]) > 0.0005 + 1e-6) {
                throw new AssertionError("RR " + i + ": generated " + a.rrS()[i] + ", decoded " + rr[i]);
            }
        }
    }

    /** Plain comparison (AssertJ per sample would dominate the run time); fails with a clear message. */
    private static void near(Streams s, Channel c, int i, Number decoded, double tolerance) {
        double[] col = s.get(c);
        boolean absent = col == null || Double.isNaN(col[i]);
        boolean ok = absent ? decoded == null
                : decoded != null && Math.abs(decoded.doubleValue() - col[i]) <= tolerance + Math.abs(col[i]) * 1e-6;
        if (!ok) {
            throw new AssertionError(c + " at sample " + i + ": generated " + (absent ? "nothing" : col[i])
                    + ", decoded " + decoded);
        }
    }
}
