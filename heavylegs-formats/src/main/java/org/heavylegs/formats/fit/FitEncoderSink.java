package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * A growable little-endian byte buffer for one FIT file, with the FIT CRC-16.
 */
final class FitEncoderSink {
    /**
     * The nibble table of the FIT CRC-16 (the reflected polynomial 0x8005, CRC-16/ARC), as printed in
     * the public FIT protocol description, section "CRC".
     */
    private static final int[] CRC_TABLE = {
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    };

    private byte[] bytes;
    private int size;

    FitEncoderSink(int capacity) {
        bytes = new byte[Math.max(64, capacity)];
    }

    int size() {
        return size;
    }

    void u8(long v) {
        ensure(1);
        bytes[size++] = (byte) v;
    }

    void u16(long v) {
        ensure(2);
        bytes[size++] = (byte) v;
        bytes[size++] = (byte) (v >>> 8);
    }

    void u32(long v) {
        ensure(4);
        bytes[size++] = (byte) v;
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 24);
    }

    /** Writes the low {@code width} bytes of v, little-endian. */
    void le(long v, int width) {
        switch (width) {
            case 1 -> u8(v);
            case 2 -> u16(v);
            case 4 -> u32(v);
            default -> throw new IllegalArgumentException("width " + width);
        }
    }

    void raw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    /** Overwrites a 32-bit little-endian value at an earlier position. */
    void putU32(int at, long v) {
        bytes[at] = (byte) v;
        bytes[at + 1] = (byte) (v >>> 8);
        bytes[at + 2] = (byte) (v >>> 16);
        bytes[at + 3] = (byte) (v >>> 24);
    }

    void putU16(int at, long v) {
        bytes[at] = (byte) v;
        bytes[at + 1] = (byte) (v >>> 8);
    }

    /** The FIT CRC of bytes [from, to). */
    int crc(int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            int tmp = CRC_TABLE[crc & 0xF];
            crc = (crc >>> 4) & 0x0FFF;
            crc = crc ^ tmp ^ CRC_TABLE[b & 0xF];
            tmp = CRC_TABLE[crc & 0xF];
            crc = (crc >>> 4) & 0x0FFF;
            crc = crc ^ tmp ^ CRC_TABLE[(b >>> 4) & 0xF];
        }
        return crc;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
