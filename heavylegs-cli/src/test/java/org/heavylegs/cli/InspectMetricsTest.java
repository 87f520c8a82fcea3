package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.StreamsBuilder;
import org.heavylegs.report.inspect.Inspected;
import org.junit.jupiter.api.Test;

/** inspect without --athlete: defaults, hr_max raised to the activity's highest heart rate, all reported. */
class InspectMetricsTest {

    @Test
    void unknownAthleteUsesTheActivitysMaxHeartRateAndSaysSo() {
        StreamsBuilder b = new StreamsBuilder();
        for (int t = 0; t <= 1800; t++) {
            b.newSample(t).set(Channel.HEART_RATE_BPM, t < 1700 ? 150 : 196).set(Channel.SPEED_M_S, 3.2);
        }
        Activity a = new Activity("run.fit", SourceFormat.SYNTHETIC, "running", "generic",
                Instant.parse("2026-05-01T07:00:00Z"), b.build(), List.of(), List.of(), new double[0],
                DeviceSummary.NONE, Device.UNKNOWN, List.of());
        Inspected row = InspectCommand.inspect(a, org.heavylegs.core.athlete.Athlete.UNKNOWN);
        assertThat(row.assumptions()).anyMatch(s -> s.contains("hr_max taken as 196"));
        assertThat(row.metrics().get("trimp_banister")).isInstanceOf(Double.class);
        assertThat(row.notApplicable()).containsKey("r_tss");
        // HR 196 is within hr_max + 5, so the last 100 s count in zone 5.
        assertThat((Double) row.metrics().get("time_hr_z5_min")).isGreaterThan(1.6);
    }
}
