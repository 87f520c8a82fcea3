package org.heavylegs.store;

import java.nio.charset.StandardCharsets;

/** Reads what {@link VarintWriter} wrote. */
final class VarintReader {
    private final byte[] buf;
    private int pos;

    VarintReader(byte[] buf) {
        this.buf = buf;
    }

    long varlong() {
        long v = 0;
        int shift = 0;
        while (true) {
            byte b = buf[pos++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
            shift += 7;
        }
    }

    int varint() {
        return (int) varlong();
    }

    long longBe() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buf[pos++] & 0xFF);
        }
        return v;
    }

    String key() {
        int n = varint();
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }
}
