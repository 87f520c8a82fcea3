package org.heavylegs.report.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WrapTest {
    /** Random texts (seeded) never exceed the width and never lose a non-space character. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void wrappedLinesFitAndKeepEveryCharacter(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            int len = r.nextInt(r.nextInt(10) == 0 ? 120 : 12) + 1;
            for (int k = 0; k < len; k++) {
                sb.append((char) ('a' + r.nextInt(26)));
            }
            sb.append(r.nextInt(5) == 0 ? "  " : " ");
        }
        int width = 30 + r.nextInt(60);
        String wrapped = Wrap.wrap(sb.toString(), width, "  ", "    ");
        for (String line : wrapped.split("\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(width);
        }
        assertThat(wrapped.replaceAll("\\s", "")).isEqualTo(sb.toString().replaceAll("\\s", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[31m", "\u0007", "\u009b", "\u202e", "\u2066"})
    void controlCharactersBecomeQuestionMarks(String control) {
        assertThat(Wrap.clean("a" + control + "b")).doesNotContain(control).startsWith("a?");
    }
}
