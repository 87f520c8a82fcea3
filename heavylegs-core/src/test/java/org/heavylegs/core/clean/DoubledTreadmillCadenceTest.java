package org.heavylegs.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoubledTreadmillCadenceTest {
    private final DoubledTreadmillCadence rule = new DoubledTreadmillCadence();

    private static Activity scaled(Activity a, double factor) {
        double[] cad = SyntheticRuns.copy(a.streams(), Channel.CADENCE_SPM);
        for (int i = 0; i < cad.length; i++) {
            cad[i] *= factor;
        }
        return a.withStreams(a.streams().with(Channel.CADENCE_SPM, cad));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void cleanRunsAreReturnedAsTheyAre(long seed) {
        Activity clean = SyntheticRuns.run(seed, 1800);
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(clean, warnings)).isSameAs(clean);
        assertThat(warnings).isEmpty();
    }

    @Test
    void cadenceCountedTwiceIsHalved() {
        Activity clean = SyntheticRuns.run(11, 1800);
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(scaled(clean, 2), warnings);
        assertThat(out.streams().get(Channel.CADENCE_SPM)).containsExactly(clean.streams().get(Channel.CADENCE_SPM));
        assertThat(warnings).containsExactly("doubled_cadence: median cadence 340 spm is a running cadence counted twice; "
                + "the column halved, 1800 non-zero samples (median now 170 spm)");
    }

    @Test
    void perLegCountNeverDoubledIsDoubled() {
        Activity clean = SyntheticRuns.run(12, 1800);
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(scaled(clean, 0.5), warnings);
        assertThat(out.streams().get(Channel.CADENCE_SPM)).containsExactly(clean.streams().get(Channel.CADENCE_SPM));
        assertThat(warnings).containsExactly("doubled_cadence: median cadence 85 spm is a per-leg count that was never "
                + "doubled; the column doubled, 1800 non-zero samples (median now 170 spm)");
    }

    @Test
    void zerosAndGapsStayAsTheyAre() {
        Activity clean = SyntheticRuns.run(13, 600);
        double[] cad = SyntheticRuns.copy(clean.streams(), Channel.CADENCE_SPM);
        for (int i = 0; i < cad.length; i++) {
            cad[i] = i % 10 == 0 ? 0 : i % 10 == 1 ? Double.NaN : cad[i] * 2;
        }
        Activity out = rule.apply(clean.withStreams(clean.streams().with(Channel.CADENCE_SPM, cad)), new ArrayList<>());
        double[] fixed = out.streams().get(Channel.CADENCE_SPM);
        assertThat(fixed[0]).isZero();
        assertThat(fixed[1]).isNaN();
        assertThat(fixed[2]).isEqualTo(clean.streams().get(Channel.CADENCE_SPM)[2]);
    }

    @Test
    void onlyRunsAreLookedAt() {
        // A ride's 85 rpm is a normal cycling cadence, not a per-leg running count.
        Activity ride = SyntheticRuns.ride(14, 1800);
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(ride, warnings)).isSameAs(ride);
        assertThat(warnings).isEmpty();
    }

    @Test
    void slowWalkLabelledAsRunIsNotDoubled() {
        // 95 spm at 1.1 m/s is a 0.69 m step: a walk. Doubling would give a 0.35 m step.
        Streams s = SyntheticRuns.streams(new Random(15), 1800, 1.1, 95);
        Activity walk = SyntheticRuns.activity("running", s, List.of(), List.of());
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(walk, warnings)).isSameAs(walk);
        assertThat(warnings).isEmpty();
    }

    @Test
    void withoutSpeedTheMedianDecides() {
        Activity clean = SyntheticRuns.run(16, 1800);
        Activity noSpeed = scaled(clean.withStreams(clean.streams().with(Channel.SPEED_M_S, null)), 0.5);
        List<String> warnings = new ArrayList<>();
        rule.apply(noSpeed, warnings);
        assertThat(warnings).hasSize(1);
    }

    @Test
    void tooFewSamplesToDecideOn() {
        Activity shortRun = scaled(SyntheticRuns.run(17, DoubledTreadmillCadence.MIN_SAMPLES - 1), 2);
        assertThat(rule.apply(shortRun, new ArrayList<>())).isSameAs(shortRun);
    }

    @Test
    void medianBetweenTheBandsIsLeftAlone() {
        // 240 spm: implausibly high for a median, but neither twice a cadence nor a per-leg count.
        Activity odd = scaled(SyntheticRuns.run(18, 1800), 240.0 / 170);
        assertThat(rule.apply(odd, new ArrayList<>())).isSameAs(odd);
    }
}
