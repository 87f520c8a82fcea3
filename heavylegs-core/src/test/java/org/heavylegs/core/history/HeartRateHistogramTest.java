package org.heavylegs.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.StreamsBuilder;
import org.junit.jupiter.api.Test;

class HeartRateHistogramTest {

    @Test
    void secondsPerBeatWeightedByTimeToTheNextSampleWithGapsCapped() {
        StreamsBuilder b = new StreamsBuilder();
        b.newSample(0).set(Channel.HEART_RATE_BPM, 120);
        b.newSample(1).set(Channel.HEART_RATE_BPM, 120.4);   // rounds to 120
        b.newSample(2).set(Channel.HEART_RATE_BPM, Double.NaN);
        b.newSample(3).set(Channel.HEART_RATE_BPM, 150);     // then a 60 s dropout: counts 10 s
        b.newSample(63).set(Channel.HEART_RATE_BPM, 149.6);  // last sample: 1 s
        Activity a = new Activity("x.fit", SourceFormat.SYNTHETIC, "running", "generic", Instant.EPOCH, b.build(),
                List.of(), List.of(), new double[0], DeviceSummary.NONE, Device.UNKNOWN, List.of());
        HeartRateHistogram h = HeartRateHistogram.of(a);
        assertThat(h.totalSeconds()).isEqualTo(13);
        assertThat(h.sum(bpm -> bpm == 120 ? 1 : 0)).isEqualTo(2);
        assertThat(h.sum(bpm -> bpm == 150 ? 1 : 0)).isEqualTo(11);
        assertThat(h.meanBpm()).isCloseTo((2 * 120 + 11 * 150) / 13.0, within(1e-9));
        assertThat(HeartRateHistogram.EMPTY.meanBpm()).isNaN();
    }
}
