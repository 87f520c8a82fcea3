package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaseTypeTest {

    private static double read(int type, boolean big, int... bytes) {
        byte[] d = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            d[i] = (byte) bytes[i];
        }
        return BaseType.read(d, 0, BaseType.kind(type, d.length, big));
    }

    @Test
    void invalidValuesAreNaN() {
        assertThat(read(BaseType.ENUM, false, 0xFF)).isNaN();
        assertThat(read(BaseType.UINT8, false, 0xFF)).isNaN();
        assertThat(read(BaseType.SINT8, false, 0x7F)).isNaN();
        assertThat(read(BaseType.UINT8Z, false, 0x00)).isNaN();
        assertThat(read(BaseType.SINT16, false, 0xFF, 0x7F)).isNaN();
        assertThat(read(BaseType.SINT16, true, 0x7F, 0xFF)).isNaN();
        assertThat(read(BaseType.UINT16, false, 0xFF, 0xFF)).isNaN();
        assertThat(read(BaseType.UINT16Z, true, 0, 0)).isNaN();
        assertThat(read(BaseType.SINT32, false, 0xFF, 0xFF, 0xFF, 0x7F)).isNaN();
        assertThat(read(BaseType.UINT32, true, 0xFF, 0xFF, 0xFF, 0xFF)).isNaN();
        assertThat(read(BaseType.UINT32Z, false, 0, 0, 0, 0)).isNaN();
        assertThat(read(BaseType.FLOAT32, false, 0xFF, 0xFF, 0xFF, 0xFF)).isNaN();
        assertThat(read(BaseType.FLOAT64, false, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF)).isNaN();
        assertThat(read(BaseType.SINT64, false, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F)).isNaN();
        assertThat(read(BaseType.UINT64Z, true, 0, 0, 0, 0, 0, 0, 0, 0)).isNaN();
    }

    @Test
    void valuesInBothByteOrders() {
        assertThat(read(BaseType.SINT8, false, 0x80)).isEqualTo(-128);
        assertThat(read(BaseType.SINT16, false, 0x00, 0x80)).isEqualTo(-32768);
        assertThat(read(BaseType.SINT16, true, 0x80, 0x00)).isEqualTo(-32768);
        assertThat(read(BaseType.UINT16, false, 0x34, 0x12)).isEqualTo(0x1234);
        assertThat(read(BaseType.UINT16, true, 0x12, 0x34)).isEqualTo(0x1234);
        assertThat(read(BaseType.UINT32, false, 0xFE, 0xFF, 0xFF, 0xFF)).isEqualTo(4294967294.0);
        assertThat(read(BaseType.SINT32, true, 0xFF, 0xFF, 0xFF, 0xFE)).isEqualTo(-2);
        assertThat(read(BaseType.FLOAT32, true, 0x3F, 0xC0, 0, 0)).isEqualTo(1.5);
        assertThat(read(BaseType.FLOAT64, false, 0, 0, 0, 0, 0, 0, 0xF8, 0x3F)).isEqualTo(1.5);
        assertThat(read(BaseType.UINT64, false, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF)).isEqualTo(1.8446744073709552E19);
    }

    @Test
    void fieldsTooSmallForTheirTypeAreUnreadable() {
        assertThat(BaseType.kind(BaseType.UINT16, 1, false)).isEqualTo(BaseType.UNREADABLE);
        assertThat(BaseType.kind(BaseType.UINT32, 6, false)).isEqualTo(BaseType.UNREADABLE);
        assertThat(BaseType.kind(BaseType.STRING, 8, false)).isEqualTo(BaseType.UNREADABLE);
        assertThat(BaseType.kind(BaseType.number(0x1F), 1, false)).isEqualTo(BaseType.UNREADABLE);
        assertThat(BaseType.kind(BaseType.UINT16, 4, false)).as("an array: first element").isEqualTo(BaseType.UINT16 * 2);
    }
}
