package org.heavylegs.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.Metrics;
import org.heavylegs.core.metric.SyntheticRun;
import org.heavylegs.core.metric.load.HrTss;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The history's load from the heart-rate distribution must equal the per-run metric from the samples. */
class HrssLoadTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void loadFromHistogramMatchesThePerSampleMetric(long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        double base = 120 + rnd.nextInt(40);
        double amp = 5 + rnd.nextInt(25);
        double period = 120 + rnd.nextInt(600);
        Activity run = SyntheticRun.of(2400 + rnd.nextInt(3600))
                .constant(Channel.SPEED_M_S, 3.0)
                .with(Channel.HEART_RATE_BPM, t -> Math.round(base + amp * Math.sin(t / period * 2 * Math.PI)))
                .build();
        Athlete a = new Athlete("x", rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, null, null, 60.0, 190.0, 50.0, 170.0,
                null, null, null, null, null, null, null, Symptoms.UNANSWERED);
        Physiology p = Physiology.resolve(a, LocalDate.of(2026, 5, 1), List.of(), Double.NaN);

        double perSample = Metrics.compute(MetricContext.of(run, p)).number(HrTss.KEY);
        double fromHistogram = new HrssLoad().load(RunSummary.of(run, ZoneOffset.UTC), p);

        assertThat(perSample).isGreaterThan(10);
        assertThat(fromHistogram).isCloseTo(perSample, within(perSample * 0.01));
    }
}
