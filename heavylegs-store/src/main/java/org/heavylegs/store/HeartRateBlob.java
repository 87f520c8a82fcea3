package org.heavylegs.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The activity_heart_rate blob: seconds per bpm as float32 values, little-endian. */
final class HeartRateBlob {

    private HeartRateBlob() {
    }

    static byte[] pack(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return b.array();
    }

    static float[] unpack(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getFloat();
        }
        return out;
    }
}
