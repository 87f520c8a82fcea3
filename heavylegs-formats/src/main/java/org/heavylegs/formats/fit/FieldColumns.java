package org.heavylegs.formats.fit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Decodes the record fields of a run of rows that share one plan column by column, once the
 * record loop has found where each record sits ({@link RecordTable#offsets}): for each fast
 * field, one loop made for its type reads the field of every row into its column (NaN when
 * invalid), and, when the field has a scale or offset, one more loop converts the column in place
 * ({@link FastFields#value}; NaN goes through unchanged, so that loop has no branch and the JIT
 * vectorizes it). Then the generic fields, in definition order, each written only where valid, so
 * a later valid value of a slot wins as it would row by row.
 *
 * <p>Why by column: a loop over one field keeps its offset, type and constants in registers, has
 * no per-field branch or table lookup, and converts many values at once; row by row, every field
 * of every record paid for all of that (measured: about twice as fast; docs/performance.md).
 */
final class FieldColumns {
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    /**
     * The value of each byte as a uint8 and as a sint8 (by its unsigned bits), NaN for the invalid
     * one: a one-byte field becomes one table load (in the cache: 2 KB each) instead of a compare,
     * a select and a conversion.
     */
    private static final double[] U8_VALUES = new double[256];
    private static final double[] S8_VALUES = new double[256];

    static {
        for (int b = 0; b < 256; b++) {
            U8_VALUES[b] = b == 0xFF ? Double.NaN : b;
            S8_VALUES[b] = b == 0x7F ? Double.NaN : (byte) b;
        }
    }

    private FieldColumns() {
    }

    /** Decodes rows [from, to) of plan {@code plan}; the caller marks the slots written. */
    static void decode(byte[] d, MessagePlan plan, RecordTable table, int from, int to) {
        int[] offs = table.offsets();
        FastFields f = plan.fast;
        double[] k = f.constants;
        for (int i = 0; i < f.n; i++) {
            int slot = f.slot[i];
            table.fillTo(slot, from);
            double[] col = table.column(slot);
            int o = f.offset[i];
            switch (f.type[i]) {
                case FastFields.U8:
                    u8(d, offs, o, col, from, to);
                    break;
                case FastFields.S8:
                    s8(d, offs, o, col, from, to);
                    break;
                case FastFields.U16:
                    u16(d, offs, o, col, from, to);
                    break;
                case FastFields.S16:
                    s16(d, offs, o, col, from, to);
                    break;
                case FastFields.U32:
                    u32(d, offs, o, col, from, to);
                    break;
                case FastFields.S32:
                    s32(d, offs, o, col, from, to);
                    break;
                case FastFields.U16_BE:
                    u16be(d, offs, o, col, from, to);
                    break;
                case FastFields.S16_BE:
                    s16be(d, offs, o, col, from, to);
                    break;
                case FastFields.U32_BE:
                    u32be(d, offs, o, col, from, to);
                    break;
                default:
                    s32be(d, offs, o, col, from, to);
                    break;
            }
            if (f.converted[i]) {
                convert(col, from, to, k[4 * i], k[4 * i + 1], k[4 * i + 2], k[4 * i + 3]);
            }
            table.written(slot, to);
        }
        for (int i = 0; i < plan.recordFields; i++) {
            int slot = plan.recSlot[i];
            if (plan.recFill[i]) {
                table.fillTo(slot, to);
            }
            generic(d, offs, plan.recOffset[i], plan.recKind[i], table.column(slot), from, to,
                    plan.recMul[i], plan.recDiv[i], plan.recSub[i]);
        }
    }

    private static void u8(byte[] d, int[] offs, int o, double[] col, int from, int to) {
        double[] values = U8_VALUES;
        for (int r = from; r < to; r++) {
            col[r] = values[d[offs[r] + o] & 0xFF];
        }
    }

    private static void s8(byte[] d, int[] offs, int o, double[] col, int from, int to) {
        double[] values = S8_VALUES;
        for (int r = from; r < to; r++) {
            col[r] = values[d[offs[r] + o] & 0xFF];
        }
    }

    private static void u16(byte[] d, int[] offs, int o, double[] col, int from, int to) {
        for (int r = from; r < to; r++) {
            int x = (short) SHORT_LE.get(d, offs[r] + o) & 0xFFFF;
            col[r] = x == 0xFFFF ? Double.NaN : FastFields.toDouble(x);
        }
    }

    private static void s16(byte[] d, int[] offs, int o, double[] col, int from, int to) {
        for (int r = from; r < to; r++) {
            int x = (short) SHORT_LE.get(d, offs[r] + o);
            col[r] = x == 0x7FFF ? Double.NaN : FastFields.toDouble(x);
        }
    }

    private static void u32(byte[] d, int[] offs, int o, double[] col, int from, int to) {
        for (int r = from; r < to; r++) {
            int x = (int) INT_LE.get(d, offs[r] + o);
            col[r] = x == -1 ? Double.NaN : FastFields.toDouble(x & 0xFFFFFFFFL);
        }
    }

    private static void s32(byte[] d, int[] offs, int o, double[] col, int from, int to) {
        for (int r = from; r < to; r++) {
            int x = (int) INT_LE.get(d, offs[r] + o);
            col[r] = x == 0x7FFFFFFF ? Double.NaN : FastFields.toDouble(x);
        }
    }

    private static void u16be(byte[] d, int[] offs, int o, double[] col, int from, int to) {
        for (int r = from; r < to; r++) {
            int x = (short) SHORT_BE.get(d, offs[r] + o) & 0xFFFF;
            col[r] = x == 0xFFFF ? Double.NaN : FastFields.toDouble(x);
        }
    }

    private static void s16be(byte[] d, int[] offs, int o, double[] col, int from, int to) {
        for (int r = from; r < to; r++) {
            int x = (short) SHORT_BE.get(d, offs[r] + o);
            col[r] = x == 0x7FFF ? Double.NaN : FastFields.toDouble(x);
        }
    }

    private static void u32be(byte[] d, int[] offs, int o, double[] col, int from, int to) {
        for (int r = from; r < to; r++) {
            int x = (int) INT_BE.get(d, offs[r] + o);
            col[r] = x == -1 ? Double.NaN : FastFields.toDouble(x & 0xFFFFFFFFL);
        }
    }

    private static void s32be(byte[] d, int[] offs, int o, double[] col, int from, int to) {
        for (int r = from; r < to; r++) {
            int x = (int) INT_BE.get(d, offs[r] + o);
            col[r] = x == 0x7FFFFFFF ? Double.NaN : FastFields.toDouble(x);
        }
    }

    /** {@link FastFields#value} over rows [from, to), in place; NaN stays the same NaN. */
    private static void convert(double[] col, int from, int to, double mul, double reciprocal, double negDiv, double sub) {
        for (int r = from; r < to; r++) {
            col[r] = FastFields.value(col[r], mul, reciprocal, negDiv, sub);
        }
    }

    /** A field of a rare kind: read through {@link BaseType#read}, written only where valid. */
    private static void generic(byte[] d, int[] offs, int o, int kind, double[] col, int from, int to,
            double mul, double div, double sub) {
        for (int r = from; r < to; r++) {
            double v = BaseType.read(d, offs[r] + o, kind);
            if (v == v) {
                col[r] = v * mul / div - sub;
            }
        }
    }
}
