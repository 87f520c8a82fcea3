package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The record loop's conversion without division ({@link FastFields#value}) must give bit for bit
 * what the profile's {@code raw * mul / div - sub} gives, for every native record field.
 */
class FastFieldsTest {

    /** Every native record field's conversion: all 16-bit raw values, and 32-bit ones at random. */
    @Test
    void everyRecordFieldConvertsLikeTheDivision() {
        SplittableRandom random = new SplittableRandom(20261127);
        int checked = 0;
        for (int field = 0; field < 256; field++) {
            if (RecordSlots.SLOT[field] < 0 || field == RecordSlots.FIELD_COMPRESSED_SPEED_DISTANCE) {
                continue;
            }
            double mul = RecordSlots.MUL[field];
            double div = RecordSlots.DIV[field];
            double sub = RecordSlots.SUB[field];
            assertThat(FastFields.exact(mul, div, sub)).as("field %d", field).isTrue();
            for (long raw = -32768; raw <= 65535; raw++) {
                check(raw, mul, div, sub);
            }
            for (int k = 0; k < 2_000_000; k++) {
                check(random.nextLong(-(1L << 31), 1L << 32), mul, div, sub);
            }
            for (long raw : new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0xFFFFFFFEL, 0xFFFFFFFFL, 1L << 31}) {
                check(raw, mul, div, sub);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(18);
    }

    /** Divisors a developer or future field might bring, including ones that are not powers of ten. */
    @ParameterizedTest
    @ValueSource(doubles = {3, 7, 10, 60, 100, 255, 1000, 1024, 3600, 10_000, 65_536, 1e6})
    void otherDivisorsToo(double div) {
        SplittableRandom random = new SplittableRandom((long) div);
        for (int k = 0; k < 500_000; k++) {
            check(random.nextLong(-(1L << 31), 1L << 32), 1, div, 0);
        }
    }

    @Test
    void readsEveryWidthAndSign() {
        byte[] d = {(byte) 0x80, (byte) 0xFF, (byte) 0x7F, (byte) 0xFF};
        int four = BaseType.s32le(d, 0);
        assertThat(FastFields.raw(four, 56, 0xFF)).isEqualTo(0x80);              // uint8
        assertThat(FastFields.raw(four, 56, -1)).isEqualTo(-128);                // sint8
        assertThat(FastFields.raw(four, 48, 0xFFFF)).isEqualTo(0xFF80);          // uint16
        assertThat(FastFields.raw(four, 48, -1)).isEqualTo((short) 0xFF80);      // sint16
        assertThat(FastFields.raw(four, 32, 0xFFFFFFFFL)).isEqualTo(0xFF7FFF80L); // uint32
        assertThat(FastFields.raw(four, 32, -1)).isEqualTo(0xFF7FFF80);          // sint32
        assertThat(FastFields.raw(FastFields.exactly(d, 0, 1), 56, 0xFF)).isEqualTo(0x80);
        assertThat(FastFields.raw(FastFields.exactly(d, 0, 1), 56, -1)).isEqualTo(-128);
        assertThat(FastFields.raw(FastFields.exactly(d, 0, 2), 48, 0xFFFF)).isEqualTo(0xFF80);
        assertThat(FastFields.raw(FastFields.exactly(d, 0, 4), 32, 0xFFFFFFFFL)).isEqualTo(0xFF7FFF80L);
    }

    @Test
    void toDoubleIsTheCast() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 1_000_000; k++) {
            long x = random.nextLong(-(1L << 40), 1L << 40);
            assertThat(Double.doubleToRawLongBits(FastFields.toDouble(x))).isEqualTo(Double.doubleToRawLongBits((double) x));
        }
        assertThat(Double.doubleToRawLongBits(FastFields.toDouble(0))).isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    private static void check(long raw, double mul, double div, double sub) {
        double expected = raw * mul / div - sub;
        double actual = FastFields.value(FastFields.toDouble(raw), mul, 1.0 / div, div, sub);
        if (Double.doubleToRawLongBits(actual) != Double.doubleToRawLongBits(expected)) {
            throw new AssertionError("raw " + raw + " * " + mul + " / " + div + " - " + sub + ": " + actual + " != " + expected);
        }
    }
}
