package org.heavylegs.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Strength;
import org.junit.jupiter.api.Test;

/** Units on every number, and the temporary run chart. */
class ViewTest {

    @Test
    void missingDataHintsPointToTheDashboardsFormsNotToTheFoldersFiles() {
        assertThat(Names.hint("soreness in wellness.csv would show muscle soreness after hard days"))
                .isEqualTo("soreness in the wellness log would show muscle soreness after hard days");
        assertThat(Names.hint("warmup_min_typical in athlete.yaml (or warmup_min in runs.csv) would say how you usually start"))
                .isEqualTo("warmup_min_typical in the questionnaire (or warmup_min in the run log) would say how you usually start");
        assertThat(Names.hint("hemoglobin and ferritin in labs.csv would confirm")).isEqualTo("hemoglobin and ferritin in the lab log would confirm");
    }

    @Test
    void findingsCausesStrategiesAndPlanNumbersReadAsInTheReportAndTheTerminal() {
        // the dashboard showed "mass loss pct 3.28 % (threshold > 2 %)" and "warmup hr min bpm 119"
        // where report.html and the terminal say "body-mass loss over the run 3.28 %" and "warmup hr min 119 bpm"
        Finding loss = Finding.numeric("mass_loss_pct", 3.2811, "%", "> 2 %", true, Strength.STRONG, "ACSM 2007");
        assertThat(Names.finding(loss)).isEqualTo("body-mass loss over the run 3.28 % (rule > 2 %): supports, strong. ACSM 2007");
        Finding heat = Finding.numeric("heat_index_c", 33.45, "°C", ">= 32.2 °C", false, Strength.MODERATE, null);
        assertThat(Names.finding(heat)).isEqualTo("heat index 33.5 °C (rule >= 32.2 °C): argues against, moderate");
        assertThat(Names.finding(Finding.categorical("cramps", "yes", "cramps", true, Strength.WEAK, "Schwellnus 2009")))
                .isEqualTo("cramps yes (rule cramps): supports, weak. Schwellnus 2009");
        assertThat(Names.planNumber("warmup_hr_min_bpm", 119.0)).isEqualTo("warmup hr min 119 bpm");
        assertThat(Names.planNumber("sweat_rate_l_per_h", 1.45)).isEqualTo("sweat rate 1.45 L/h");
        assertThat(Names.planNumber("rest_days_per_week", 2.0)).isEqualTo("rest days 2/week");
        assertThat(Names.cause("anemia")).isEqualTo("Anemia or low iron");
        assertThat(Names.cause("low_energy_availability")).isEqualTo("Low energy availability (RED-S)");
        assertThat(Names.strategy("footwear_form")).isEqualTo("Footwear and running form");
        assertThat(Names.redFlag("suspected_dvt")).isEqualTo("Suspected deep-vein thrombosis (a clot in a leg vein)");
    }

    @Test
    void numbersAreWrittenWithTheirUnitsAndUnknownAsADash() {
        assertThat(Units.km(8381.4)).isEqualTo("8.38 km");
        assertThat(Units.duration(2857)).isEqualTo("47:37");
        assertThat(Units.duration(3723)).isEqualTo("1:02:03");
        assertThat(Units.pace(10_000, 3000)).isEqualTo("5:00 min/km");
        assertThat(Units.paceOrSpeed("cycling", 10_000, 1975)).isEqualTo("18.2 km/h");
        assertThat(Units.bpm(172.6)).isEqualTo("173 bpm");
        assertThat(Units.km(Double.NaN)).isEqualTo(Units.NONE);
        assertThat(Units.pace(0, 100)).isEqualTo(Units.NONE);
        assertThat(Units.number(61.5, "ms")).isEqualTo("61.5 ms");
        assertThat(Units.number(48.0, "bpm")).isEqualTo("48 bpm");
        assertThat(Units.number(null, "kg")).isEqualTo(Units.NONE);
        assertThat(Units.unitOfKey("avg_speed_m_s")).isEqualTo("m/s");
        assertThat(Units.unitOfKey("heart_rate_bpm")).isEqualTo("bpm");
        assertThat(Units.unitOfKey("vertical_oscillation_cm")).isEqualTo("cm");
        assertThat(Units.unitOfKey("latitude_deg")).isEqualTo("°");
        assertThat(Names.planNumber("sodium_mg_per_h", 500.0)).isEqualTo("sodium 500 mg/h");
        assertThat(Names.of("inadequate_warmup")).isEqualTo("Inadequate warm-up");
        assertThat(Names.of("heat_stress")).isEqualTo("Heat stress");
    }

    @Test
    void aRunPageDrawsTheReportsFocusRunChartWithItsWindows() {
        int n = 1800;
        double[] t = new double[n];
        double[] d = new double[n];
        double[] hr = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
            d[i] = 3.0 * i;
            hr[i] = 140 + i / 60.0;
        }
        Streams s = Streams.of(t, new double[Channel.values().length][]).with(Channel.DISTANCE_M, d)
                .with(Channel.SPEED_M_S, java.util.Arrays.stream(t).map(x -> 3.0).toArray())
                .with(Channel.HEART_RATE_BPM, hr);
        Activity a = new Activity("x.fit", SourceFormat.SYNTHETIC, "running", "generic", Instant.EPOCH, s, List.of(),
                List.of(), new double[0], DeviceSummary.NONE, Device.UNKNOWN, List.of());
        List<Chart> charts = new ReportRunCharts().charts(a);
        assertThat(charts).singleElement().satisfies(c -> {
            assertThat(c.svg().strip()).startsWith("<svg").endsWith("</svg>").contains("warm-up window", "late-fade window");
            assertThat(c.reading()).isNotBlank();
            // every run has a page, and most are not the diagnosis' focus run
            assertThat(c.title()).isEqualTo("This run: pace, heart rate, cadence and ground contact time");
            assertThat(c.svg()).contains("<title id=\"chart-run-title\">This run: pace").doesNotContain("focus run");
        });
        assertThat(new ReportRunCharts().charts(a.withStreams(Streams.empty()))).isEmpty();
    }
}
