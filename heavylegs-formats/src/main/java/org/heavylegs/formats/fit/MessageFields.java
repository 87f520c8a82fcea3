package org.heavylegs.formats.fit;

import java.nio.charset.StandardCharsets;

/**
 * A view of one data message's fields through its plan, for the rare messages read field by field
 * (session, lap, event, ...). One instance is reused for every such message: it holds no values,
 * only where the current message sits.
 */
final class MessageFields {
    private byte[] data;
    private MessagePlan plan;
    private int offset;
    /** Timestamp from a compressed-timestamp header, or NaN. */
    private double headerTimestamp;

    MessageFields point(byte[] d, MessagePlan p, int off, double compressedTimestamp) {
        this.data = d;
        this.plan = p;
        this.offset = off;
        this.headerTimestamp = compressedTimestamp;
        return this;
    }

    /** The first value of a field as stored (before scale and offset), NaN when absent or invalid. */
    double raw(int number) {
        int i = plan.indexOf(number);
        if (i < 0) {
            return Double.NaN;
        }
        return BaseType.read(data, offset + plan.fieldOffset[i], plan.fieldKind[i]);
    }

    /** A field's value after the profile's scale and offset: {@code raw / scale - offset}. */
    double value(int number, double scale, double valueOffset) {
        return raw(number) / scale - valueOffset;
    }

    /** Number of values an array field holds (0 when absent or unreadable). */
    int count(int number) {
        int i = plan.indexOf(number);
        if (i < 0 || plan.fieldKind[i] == BaseType.UNREADABLE) {
            return 0;
        }
        return plan.fieldSize[i] / BaseType.kindSize(plan.fieldKind[i]);
    }

    /** Element {@code k} of an array field as stored, NaN when invalid. */
    double raw(int number, int k) {
        int i = plan.indexOf(number);
        int kind = plan.fieldKind[i];
        return BaseType.read(data, offset + plan.fieldOffset[i] + k * BaseType.kindSize(kind), kind);
    }

    /** Size in bytes of a field (0 when absent). */
    int size(int number) {
        int i = plan.indexOf(number);
        return i < 0 ? 0 : plan.fieldSize[i];
    }

    /** Byte {@code k} of a field (which must be present with at least k + 1 bytes). */
    int byteAt(int number, int k) {
        return data[offset + plan.fieldOffset[plan.indexOf(number)] + k] & 0xFF;
    }

    /** The message's timestamp: its own field 253, else the compressed header's, else NaN. */
    double timestamp() {
        double t = raw(Profile.TIMESTAMP);
        return Double.isNaN(t) ? headerTimestamp : t;
    }

    /**
     * A string field: UTF-8 up to the first NUL or the end of the field (unterminated strings are
     * taken whole); null when absent or empty. Never throws on malformed bytes.
     */
    String string(int number) {
        int i = plan.indexOf(number);
        if (i < 0 || plan.fieldBaseType[i] != BaseType.STRING) {
            return null;
        }
        int from = offset + plan.fieldOffset[i];
        int to = from + plan.fieldSize[i];
        int end = from;
        while (end < to && data[end] != 0) {
            end++;
        }
        return end == from ? null : new String(data, from, end - from, StandardCharsets.UTF_8);
    }
}
