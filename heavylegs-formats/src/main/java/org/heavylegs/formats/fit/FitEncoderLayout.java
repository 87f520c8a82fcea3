package org.heavylegs.formats.fit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One FIT message definition (global message number, local type, fields) and the values of the
 * message being written. Fields are added once; then, per message, {@link #clear()} sets every
 * slot to its invalid value, {@link #set} fills slots with raw values and {@link #write} emits a
 * data record. Slots are plain longs, so writing a record allocates nothing.
 */
final class FitEncoderLayout {
    /** Record header bit: this is a definition message. */
    private static final int DEFINITION_BIT = 0x40;
    /** Record header bit: the definition carries developer fields. */
    private static final int DEVELOPER_BIT = 0x20;
    /** Definition content: architecture byte 0 = little-endian. */
    private static final int LITTLE_ENDIAN = 0;

    private record Field(int number, FitEncoderType type, int count, int slot, int developerIndex) {
        int bytes() {
            return type == FitEncoderType.STRING ? count : type.size * count;
        }
    }

    private final int globalNumber;
    private final int localType;
    private final List<Field> fields = new ArrayList<>();
    private final List<Field> developerFields = new ArrayList<>();
    private long[] slots = new long[0];
    private long[] invalids = new long[0];
    private String[] strings = new String[0];

    FitEncoderLayout(int globalNumber, int localType) {
        if (localType < 0 || localType > 15) {
            throw new IllegalArgumentException("local message type " + localType);
        }
        this.globalNumber = globalNumber;
        this.localType = localType;
    }

    /** A scalar field; returns its slot. */
    int field(int number, FitEncoderType type) {
        return array(number, type, 1);
    }

    /** An array field of {@code count} elements in consecutive slots; returns the first slot. */
    int array(int number, FitEncoderType type, int count) {
        int slot = grow(count, type.invalid);
        fields.add(new Field(number, type, count, slot, -1));
        return slot;
    }

    /** A string field of {@code bytes} bytes including the terminating zero; returns its slot. */
    int string(int number, int bytes) {
        int slot = grow(1, 0);
        fields.add(new Field(number, FitEncoderType.STRING, bytes, slot, -1));
        return slot;
    }

    /** A developer field (field_description number, developer_data_index); returns its slot. */
    int developerField(int number, int developerIndex, FitEncoderType type) {
        int slot = grow(1, type.invalid);
        developerFields.add(new Field(number, type, 1, slot, developerIndex));
        return slot;
    }

    void define(FitEncoderSink sink) {
        sink.u8(DEFINITION_BIT | (developerFields.isEmpty() ? 0 : DEVELOPER_BIT) | localType);
        sink.u8(0);
        sink.u8(LITTLE_ENDIAN);
        sink.u16(globalNumber);
        sink.u8(fields.size());
        for (Field f : fields) {
            sink.u8(f.number);
            sink.u8(f.bytes());
            sink.u8(f.type.id);
        }
        if (!developerFields.isEmpty()) {
            sink.u8(developerFields.size());
            for (Field f : developerFields) {
                sink.u8(f.number);
                sink.u8(f.bytes());
                sink.u8(f.developerIndex);
            }
        }
    }

    void clear() {
        System.arraycopy(invalids, 0, slots, 0, slots.length);
        Arrays.fill(strings, null);
    }

    void set(int slot, long raw) {
        slots[slot] = raw;
    }

    void setString(int slot, String value) {
        strings[slot] = value;
    }

    void write(FitEncoderSink sink) {
        sink.u8(localType);
        writeFields(sink, fields);
        writeFields(sink, developerFields);
    }

    private void writeFields(FitEncoderSink sink, List<Field> list) {
        for (Field f : list) {
            if (f.type == FitEncoderType.STRING) {
                sink.raw(fixedString(strings[f.slot], f.count));
                continue;
            }
            for (int i = 0; i < f.count; i++) {
                sink.le(slots[f.slot + i], f.type.size);
            }
        }
    }

    /** UTF-8, cut to fit, zero-padded; always zero-terminated. */
    static byte[] fixedString(String value, int bytes) {
        byte[] out = new byte[bytes];
        if (value != null) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            int n = Math.min(utf8.length, bytes - 1);
            while (n > 0 && n < utf8.length && (utf8[n] & 0xC0) == 0x80) {
                n--; // never cut inside a multi-byte character
            }
            System.arraycopy(utf8, 0, out, 0, n);
        }
        return out;
    }

    /** Bytes a string needs as a FIT field (UTF-8 plus the terminator), at most 255. */
    static int stringBytes(String value) {
        return Math.min(255, (value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length) + 1);
    }

    private int grow(int count, long invalid) {
        int slot = slots.length;
        slots = Arrays.copyOf(slots, slot + count);
        invalids = Arrays.copyOf(invalids, slot + count);
        strings = Arrays.copyOf(strings, slot + count);
        Arrays.fill(invalids, slot, slot + count, invalid);
        Arrays.fill(slots, slot, slot + count, invalid);
        return slot;
    }
}
