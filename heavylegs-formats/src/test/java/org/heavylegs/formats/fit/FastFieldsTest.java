package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conversion without division ({@link FastFields#value}) must give bit for bit what the
 * profile's {@code raw * mul / div - sub} gives, for every native record field; the typed column
 * loops ({@link FieldColumns}) read every width and sign.
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

    /**
     * Each typed column loop reads its width and sign, gives NaN for its invalid pattern (and
     * only for it), and converts: a record plan with one field of every fast type, three records.
     */
    @Test
    void decodesEveryWidthAndSignByColumn() {
        // Definition: local 0, little-endian, global 20 (record), six fields declared with the types under test.
        byte[] definition = {0x40, 0, 0, 20, 0, 6,
            3, 1, 2,               // heart_rate as uint8
            13, 1, 1,              // temperature as sint8
            7, 2, (byte) 0x84,     // power as uint16
            4, 2, (byte) 0x83,     // cadence as sint16 (any field may be declared with any type)
            5, 4, (byte) 0x86,     // distance as uint32, scale 100
            0, 4, (byte) 0x85};    // position_lat as sint32, semicircles
        MessagePlan plan = PlanCompiler.compile(definition, 0, definition.length, new DeveloperFields());
        assertThat(plan.fast.n).isEqualTo(6);
        assertThat(plan.recordFields).isZero();
        int size = plan.size;
        byte[][] rows = {
            {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0xFF, (byte) 0x80, (byte) 0xFF, 0x10, 0, 0, (byte) 0x80, 0, 0, 0, (byte) 0x80},
            {(byte) 0xFF, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, -1, -1, -1, -1, -1, -1, -1, 0x7F},
            {0, (byte) 0xFF, 1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0}};
        byte[] data = new byte[rows.length * size];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, data, r * size, size);
        }
        RecordTable table = new RecordTable();
        table.bind(data);
        table.reserveExactly(rows.length);
        for (int s : plan.allSlots) {
            table.ensure(s);
        }
        for (int r = 0; r < rows.length; r++) {
            table.begin(plan);
            table.offsets()[r] = r * size;
            table.setRows(r + 1);
        }
        table.finish();
        assertThat(table.column(RecordSlots.HEART_RATE)).containsExactly(0x80, Double.NaN, 0);
        assertThat(table.column(RecordSlots.TEMPERATURE)).containsExactly(-128, Double.NaN, -1);
        assertThat(table.column(RecordSlots.POWER)).containsExactly(0xFF80, Double.NaN, 1);
        assertThat(table.column(RecordSlots.CADENCE)).containsExactly((short) 0xFF80, Double.NaN, 1);
        assertThat(table.column(RecordSlots.DISTANCE)).containsExactly(0x80000010L / 100.0, Double.NaN, 0.01);
        assertThat(table.column(RecordSlots.LATITUDE)).containsExactly(
                Integer.MIN_VALUE * 180.0 / 2147483648.0, Double.NaN, 1 * 180.0 / 2147483648.0);
        for (int s : plan.allSlots) {
            assertThat(Double.doubleToRawLongBits(table.column(s)[1])).as("slot %d", s)
                    .isEqualTo(Double.doubleToRawLongBits(Double.NaN));
        }
    }

    @Test
    void rrIntervalsConvertLikeTheDivision() {
        for (int v = 0; v <= 0xFFFF; v++) {
            double fast = FastFields.value(v, 1, RecordLoop.RR_RECIPROCAL, -Profile.HRV_TIME_SCALE, 0);
            assertThat(Double.doubleToRawLongBits(fast)).as("raw %d", v)
                    .isEqualTo(Double.doubleToRawLongBits(v / Profile.HRV_TIME_SCALE));
        }
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
        double actual = FastFields.value(FastFields.toDouble(raw), mul, 1.0 / div, -div, sub);
        if (Double.doubleToRawLongBits(actual) != Double.doubleToRawLongBits(expected)) {
            throw new AssertionError("raw " + raw + " * " + mul + " / " + div + " - " + sub + ": " + actual + " != " + expected);
        }
    }
}
