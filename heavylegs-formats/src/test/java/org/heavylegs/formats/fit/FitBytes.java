package org.heavylegs.formats.fit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small FIT files byte by byte for tests (the public layout: header, definition and data
 * messages, CRC). Not an encoder: it writes exactly the bytes it is told, so tests can also build
 * damaged files.
 */
final class FitBytes {
    /** One field of a definition: number, size in bytes, base-type byte. */
    record Field(int number, int size, int baseType) {
    }

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final List<Field>[] defined = newDefinitions();
    private final boolean[] bigEndian = new boolean[16];

    @SuppressWarnings("unchecked")
    private static List<Field>[] newDefinitions() {
        return new List[16];
    }

    static Field field(int number, int size, int baseType) {
        return new Field(number, size, baseType);
    }

    FitBytes define(int local, int global, boolean big, Field... fields) {
        return define(local, global, big, List.of(fields), List.of());
    }

    /** A definition with developer fields (each given as number, size, developer data index). */
    FitBytes define(int local, int global, boolean big, List<Field> fields, List<Field> developerFields) {
        body.write(0x40 | (developerFields.isEmpty() ? 0 : 0x20) | local);
        body.write(0);
        body.write(big ? 1 : 0);
        if (big) {
            body.write(global >>> 8);
            body.write(global & 0xFF);
        } else {
            body.write(global & 0xFF);
            body.write(global >>> 8);
        }
        body.write(fields.size());
        List<Field> all = new ArrayList<>(fields);
        for (Field f : fields) {
            body.write(f.number());
            body.write(f.size());
            body.write(f.baseType());
        }
        if (!developerFields.isEmpty()) {
            body.write(developerFields.size());
            for (Field f : developerFields) {
                body.write(f.number());
                body.write(f.size());
                body.write(f.baseType());
                all.add(new Field(-1, f.size(), 0));
            }
        }
        defined[local] = all;
        bigEndian[local] = big;
        return this;
    }

    /** A data message: one number per field (written in the field's size and the definition's byte order). */
    FitBytes data(int local, long... values) {
        body.write(local);
        values(local, values);
        return this;
    }

    /** A data message with a compressed-timestamp header (local type 0..3, 5-bit time offset). */
    FitBytes compressed(int local, int timeOffset, long... values) {
        body.write(0x80 | local << 5 | (timeOffset & 0x1F));
        values(local, values);
        return this;
    }

    /** A data message whose fields are given as raw bytes (strings, byte arrays). */
    FitBytes raw(int local, byte[]... fieldBytes) {
        body.write(local);
        for (byte[] b : fieldBytes) {
            body.writeBytes(b);
        }
        return this;
    }

    FitBytes bytes(int... b) {
        for (int x : b) {
            body.write(x);
        }
        return this;
    }

    private void values(int local, long[] values) {
        List<Field> fields = defined[local];
        for (int i = 0; i < fields.size(); i++) {
            int size = fields.get(i).size();
            long v = values[i];
            for (int k = 0; k < size; k++) {
                int shift = bigEndian[local] ? 8 * (size - 1 - k) : 8 * k;
                body.write((int) (v >>> shift) & 0xFF);
            }
        }
    }

    /** A string field of exactly {@code size} bytes, NUL-padded (unterminated when it fills them). */
    static byte[] string(String s, int size) {
        byte[] out = new byte[size];
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, out, 0, Math.min(size, b.length));
        return out;
    }

    static byte[] u8(int v) {
        return new byte[] {(byte) v};
    }

    /** The whole file: a 14-byte header with its CRC, the messages, the file CRC. */
    byte[] build() {
        byte[] data = body.toByteArray();
        byte[] out = new byte[14 + data.length + 2];
        out[0] = 14;
        out[1] = 0x20;
        out[2] = (byte) 0x08;
        out[3] = (byte) 0x52; // profile 21000
        out[4] = (byte) data.length;
        out[5] = (byte) (data.length >>> 8);
        out[6] = (byte) (data.length >>> 16);
        out[7] = (byte) (data.length >>> 24);
        out[8] = '.';
        out[9] = 'F';
        out[10] = 'I';
        out[11] = 'T';
        int hcrc = FitCrc.update(0, out, 0, 12);
        out[12] = (byte) hcrc;
        out[13] = (byte) (hcrc >>> 8);
        System.arraycopy(data, 0, out, 14, data.length);
        int crc = FitCrc.update(0, out, 0, 14 + data.length);
        out[out.length - 2] = (byte) crc;
        out[out.length - 1] = (byte) (crc >>> 8);
        return out;
    }

    /** FIT time (seconds since 1989-12-31T00:00:00Z) of an ISO instant. */
    static long fitTime(String isoInstant) {
        return java.time.Instant.parse(isoInstant).getEpochSecond() - Profile.FIT_EPOCH_UNIX_S;
    }

    // Base-type bytes as they appear in definitions.
    static final int ENUM = 0x00;
    static final int SINT8 = 0x01;
    static final int UINT8 = 0x02;
    static final int SINT16 = 0x83;
    static final int UINT16 = 0x84;
    static final int SINT32 = 0x85;
    static final int UINT32 = 0x86;
    static final int STRING = 0x07;
    static final int BYTE = 0x0D;
}
