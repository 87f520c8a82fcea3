package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.heavylegs.formats.Corpus;
import org.junit.jupiter.api.Test;

class FitCrcTest {

    /** The textbook bit-at-a-time form of the same CRC, to check the table-driven one against. */
    private static int bitwise(byte[] d, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= d[i] & 0xFF;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }

    @Test
    void slicedCrcEqualsTheBitwiseOneOnRandomStretches() {
        Random r = new Random(7);
        byte[] d = new byte[4096];
        r.nextBytes(d);
        for (int i = 0; i < 500; i++) {
            int from = r.nextInt(d.length);
            int to = from + r.nextInt(d.length - from + 1);
            int split = from + (to > from ? r.nextInt(to - from + 1) : 0);
            int chained = FitCrc.update(FitCrc.update(0, d, from, split), d, split, to);
            assertThat(chained).isEqualTo(bitwise(d, from, to));
        }
    }

    @Test
    void knownCheckValue() {
        // CRC-16/ARC of the ASCII digits "123456789" is 0xBB3D (the catalogue's check value).
        byte[] digits = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(FitCrc.update(0, digits, 0, digits.length)).isEqualTo(0xBB3D);
    }

    /** A whole, undamaged FIT file (header, data, stored CRC) has CRC 0. */
    @Test
    void undamagedCorpusFilesCheckOut() throws IOException {
        int checked = 0;
        for (Path p : Corpus.files("fit")) {
            byte[] d = Files.readAllBytes(p);
            long end = (d[0] & 0xFF) + (BaseType.s32le(d, 4) & 0xFFFFFFFFL) + 2;
            if (end == d.length && !Corpus.name(p).contains("crc") && !Corpus.name(p).contains("nick.fit")) {
                assertThat(FitCrc.update(0, d, 0, d.length)).as(Corpus.name(p)).isZero();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(90);
    }
}
