package org.heavylegs.formats.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reader of the usual time shape agrees with java.time, and leaves the rest to it. */
class XmlTimesTest {

    /** How Garmin and most producers write times: always seconds and milliseconds, Z for UTC. */
    private static final DateTimeFormatter PRODUCER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fastPathAgreesWithJavaTime(int seed) {
        Random rnd = new Random(seed);
        for (int k = 0; k < 250; k++) {
            Instant t = Instant.ofEpochSecond(rnd.nextLong() % 5_000_000_000L + 2_000_000_000L, rnd.nextInt(1000) * 1_000_000L);
            int offsetMinutes = (rnd.nextInt(28 * 4) - 12 * 4) * 15;
            String text = PRODUCER.format(t.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60)));
            double fast = XmlTimes.fast(text);
            assertThat(fast).as(text).isCloseTo(XmlTimes.slow(text), within(1e-6));
            assertThat(fast).as(text).isCloseTo(t.getEpochSecond() + t.getNano() / 1e9, within(1e-6));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-04-16T13:37:53.000Z", "2021-04-16T13:37:53Z", "2021-04-16T15:37:53+02:00",
        "2021-04-16T08:37:53.000-05:00", "2021-04-16T13:37:53", "2021-04-16T13:37:53.123456789Z"})
    void usualShapesTakeTheFastPath(String text) {
        assertThat(XmlTimes.fast(text)).isCloseTo(XmlTimes.slow(text), within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-29T00:00:00Z", "2021-04-16T24:00:00Z", "2021-04-16 13:37:53Z", "2021-04-16T13:37Z",
        "2021-04-16T13:37:53.Z", "2021-04-16T13:37:53+0200", "2021-04-16T13:37:53 Z", "x021-04-16T13:37:53Z"})
    void otherShapesAreLeftToJavaTime(String text) {
        assertThat(XmlTimes.fast(text)).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2021-13-01T00:00:00Z", "2021-02-29T00:00:00Z"})
    void nonTimesAreNaN(String text) {
        assertThat(XmlTimes.epochSeconds(text)).isNaN();
    }
}
