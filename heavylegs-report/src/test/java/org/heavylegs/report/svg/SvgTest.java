package org.heavylegs.report.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvgTest {
    @Test
    void escapesMarkupAndReplacesForbiddenCharacters() {
        assertThat(Xml.escape("<a href=\"x\">&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
        assertThat(Xml.escape("ok\u0000\u001b\ud800x")).isEqualTo("ok\uFFFD\uFFFD\uFFFDx");
        assertThat(Xml.escape("\u202eevil")).isEqualTo("\uFFFDevil");
        assertThat(Xml.escape("tab\tline\nok \uD83C\uDFC3")).isEqualTo("tab\tline\nok \uD83C\uDFC3");
        assertThat(Xml.escape(null)).isEmpty();
    }

    @Test
    void coordinatesHaveOneDecimalAndNoNegativeZero() {
        assertThat(Svg.num(12)).isEqualTo("12");
        assertThat(Svg.num(12.34)).isEqualTo("12.3");
        assertThat(Svg.num(-0.01)).isEqualTo("0");
        assertThat(Svg.num(-3.96)).isEqualTo("-4");
        assertThat(Svg.num(0.05)).isEqualTo("0.1");
    }

    @Test
    void nanSplitsAPolylineAndALonePointBecomesADot() {
        Svg svg = new Svg("t", 100, 100, "t", "d");
        svg.polyline(new double[] {0, 1, 2, 3, 4, 5}, new double[] {0, 1, Double.NaN, 3, Double.NaN, 5}, "#000", 2, null);
        String s = svg.close();
        assertThat(s.split("<polyline", -1)).hasSize(2);
        assertThat(s.split("<circle", -1)).hasSize(3);
    }

    @Test
    void scaleMapsAndClamps() {
        LinearScale s = new LinearScale(0, 10, 100, 200);
        assertThat(s.map(5)).isEqualTo(150);
        assertThat(s.map(-5)).isEqualTo(100);
        assertThat(new LinearScale(10, 0, 0, 100).map(2.5)).isEqualTo(75);
    }

    /** For random ranges (seeded), ticks enclose the range on a 1-2-5 step, at most a dozen of them. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void niceTicksEncloseTheRange(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 200; i++) {
            double a = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(6) - 2);
            double b = a + r.nextDouble() * Math.pow(10, r.nextInt(6) - 2);
            double[] t = Ticks.nice(a, b, 5);
            assertThat(t[0]).isLessThanOrEqualTo(a + 1e-9);
            assertThat(t[t.length - 1]).isGreaterThanOrEqualTo(b - 1e-9);
            assertThat(t.length).isBetween(2, 12);
            double step = t[1] - t[0];
            double mant = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
            assertThat(Math.round(mant * 1000) / 1000.0).isIn(1.0, 2.0, 5.0, 10.0);
        }
    }

    @Test
    void flatRangesAreWidened() {
        double[] t = Ticks.nice(48, 48, 5);
        assertThat(t[0]).isLessThan(48);
        assertThat(t[t.length - 1]).isGreaterThan(48);
    }

    @Test
    void dateTicksEndOnTheLastDay() {
        var ticks = Ticks.dates(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 11, 20), 7);
        assertThat(ticks.get(ticks.size() - 1)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(ticks).hasSizeLessThanOrEqualTo(7);
        assertThat(ticks.get(1).toEpochDay() - ticks.get(0).toEpochDay()).isEqualTo(7);
    }
}
