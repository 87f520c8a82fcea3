package org.heavylegs.core.diagnosis.cause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.TestInput;
import org.junit.jupiter.api.Test;

class GlycogenDepletionTest {

    final GlycogenDepletion cause = new GlycogenDepletion();

    @Test
    void aWallOnAFastedLongRunIsLikely() {
        TestInput t = new TestInput();
        t.focusRun(180, 150, Map.of("wall_detected", true, "wall_onset_km", 26.0, "glycogen_margin_kcal", -250.0));
        t.logFocus(null, null, 1000.0, 0.0, null, null);
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(a.findings()).anyMatch(f -> f.marker().equals("carbs_eaten_g_per_h") && f.supports());
    }

    @Test
    void aWellFuelledLongRunWithoutAWallIsUnlikely() {
        TestInput t = new TestInput();
        t.focusRun(180, 150, Map.of("wall_detected", false, "glycogen_margin_kcal", 400.0));
        t.logFocus(null, null, 1500.0, 210.0, null, null);
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void aShortRunWithoutLogsIsUnknown() {
        TestInput t = new TestInput();
        t.focusRun(40, 140, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.UNKNOWN);
        assertThat(a.missing()).anyMatch(m -> m.contains("carbs_g"));
    }

    @Test
    void longRunsOnConsecutiveDaysCountOnlyWeakly() {
        TestInput t = new TestInput();
        t.run(1, 120, 145);
        t.focusRun(110, 145, Map.of());
        Assessment a = t.assess(cause);
        assertThat(a.likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(a.findings()).singleElement().satisfies(f -> assertThat(f.marker()).isEqualTo("consecutive_long_sessions"));
    }
}
