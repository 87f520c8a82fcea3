package org.heavylegs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamCodecTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234})
    void everyValueComesBackAsItsRoundingToTheStoredDecimals(long seed) {
        Activity a = SyntheticActivities.run(seed, Instant.parse("2026-01-01T07:00:00Z"), 3600);
        StreamCodec.Encoded e = StreamCodec.encode(a.streams(), a.rrS());
        StreamCodec.Decoded d = StreamCodec.decode(e.data(), e.rawBytes());

        assertThat(d.streams().channels()).isEqualTo(a.streams().channels());
        assertThat(d.streams().time()).containsExactly(a.streams().time());
        assertThat(d.rrS()).containsExactly(a.rrS());
        for (Channel c : a.streams().channels()) {
            double scale = Math.pow(10, ColumnPrecision.decimals(c.key()));
            double[] in = a.streams().get(c);
            double[] out = d.streams().get(c);
            for (int i = 0; i < in.length; i++) {
                if (Double.isNaN(in[i])) {
                    assertThat(out[i]).as("%s[%d] gap", c, i).isNaN();
                } else {
                    assertThat(out[i]).as("%s[%d]", c, i).isEqualTo(Math.round(in[i] * scale) / scale);
                    assertThat(Math.abs(out[i] - in[i])).as("%s[%d]", c, i).isLessThanOrEqualTo(0.5 / scale + Math.ulp(in[i]));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void valuesOnTheirFitGridComeBackBitForBit(long seed) {
        Activity a = SyntheticActivities.run(seed, Instant.parse("2026-01-01T07:00:00Z"), 1800);
        StreamCodec.Encoded e = StreamCodec.encode(a.streams(), a.rrS());
        StreamCodec.Decoded d = StreamCodec.decode(e.data(), e.rawBytes());
        for (Channel c : new Channel[] {Channel.SPEED_M_S, Channel.DISTANCE_M, Channel.HEART_RATE_BPM,
            Channel.CADENCE_SPM}) {
            assertThat(d.streams().get(c)).as(c.key()).containsExactly(a.streams().get(c));
        }
        if (seed % 2 == 0) {
            for (Channel c : new Channel[] {Channel.VERTICAL_OSCILLATION_CM, Channel.GROUND_CONTACT_TIME_MS,
                Channel.POWER_W}) {
                assertThat(d.streams().get(c)).as(c.key()).containsExactly(a.streams().get(c));
            }
        }
    }

    @Test
    void anHourOfTenChannelsPacksSmall() {
        Activity a = SyntheticActivities.run(2, Instant.parse("2026-01-01T07:00:00Z"), 3600);
        StreamCodec.Encoded e = StreamCodec.encode(a.streams(), a.rrS());
        long doubles = (long) a.streams().size() * (a.streams().channels().size() + 1) * 8 + a.rrS().length * 8L;
        // random noise in every channel is the worst case; real runs pack smaller
        assertThat((long) e.data().length).isLessThan(doubles / 3);
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void arbitraryValuesStayWithinHalfAUnitOfTheLastDecimalAndOddValuesAreLossless(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 500;
        double[] time = new double[n];
        double[][] cols = new double[Channel.values().length][];
        double[] hr = new double[n];
        double[] temp = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i * 0.25 + r.nextDouble() * 1e-4;
            hr[i] = r.nextInt(10) == 0 ? Double.NaN : 60 + r.nextDouble() * 140;
            temp[i] = i == 3 ? Double.POSITIVE_INFINITY : r.nextGaussian() * 1e300;
        }
        cols[Channel.HEART_RATE_BPM.ordinal()] = hr;
        cols[Channel.DEVICE_TEMPERATURE_C.ordinal()] = temp;
        Streams s = Streams.of(time, cols);
        StreamCodec.Encoded e = StreamCodec.encode(s, null);
        StreamCodec.Decoded d = StreamCodec.decode(e.data(), e.rawBytes());
        for (int i = 0; i < n; i++) {
            assertThat(Math.abs(d.streams().time()[i] - time[i])).isLessThanOrEqualTo(0.5e-3 + 1e-12);
            if (Double.isNaN(hr[i])) {
                assertThat(d.streams().get(Channel.HEART_RATE_BPM)[i]).isNaN();
            } else {
                assertThat(Math.abs(d.streams().get(Channel.HEART_RATE_BPM)[i] - hr[i])).isLessThanOrEqualTo(0.5e-2 + 1e-12);
            }
        }
        // too large to quantize (and an infinity): the whole column falls back to lossless
        assertThat(d.streams().get(Channel.DEVICE_TEMPERATURE_C)).containsExactly(temp);
        assertThat(d.rrS()).isEmpty();
    }

    @Test
    void emptyStreamsRoundTrip() {
        StreamCodec.Encoded e = StreamCodec.encode(Streams.empty(), new double[0]);
        StreamCodec.Decoded d = StreamCodec.decode(e.data(), e.rawBytes());
        assertThat(d.streams().size()).isZero();
        assertThat(d.streams().channels()).isEmpty();
    }
}
