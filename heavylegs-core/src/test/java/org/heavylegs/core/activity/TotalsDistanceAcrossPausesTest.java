package org.heavylegs.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Distance summed from positions leaves out the step across a timer stop, as watches do. */
class TotalsDistanceAcrossPausesTest {

    /** Four points 0.001 degree of latitude apart (about 111 m each), at 0, 10, 100 and 110 s. */
    private static Activity walk(List<Pause> pauses) {
        StreamsBuilder b = new StreamsBuilder();
        double[] t = {0, 10, 100, 110};
        for (int i = 0; i < t.length; i++) {
            b.newSample(t[i]).set(Channel.LATITUDE_DEG, 48 + i * 0.001).set(Channel.LONGITUDE_DEG, 11);
        }
        return new Activity("t", SourceFormat.SYNTHETIC, "running", "generic", Instant.EPOCH, b.build(),
                List.of(), pauses, new double[0], DeviceSummary.NONE, Device.UNKNOWN, List.of());
    }

    @Test
    void stepAcrossAPauseIsNotCounted() {
        double step = Totals.haversineM(48, 11, 48.001, 11);
        assertThat(step).isCloseTo(111.2, within(0.1));
        assertThat(Totals.of(walk(List.of())).distanceM()).isCloseTo(3 * step, within(1e-6));
        assertThat(Totals.of(walk(List.of(new Pause(12, 100)))).distanceM()).isCloseTo(2 * step, within(1e-6));
        assertThat(Totals.of(walk(List.of(new Pause(12, 100)))).timerS()).isEqualTo(22.0);
    }
}
