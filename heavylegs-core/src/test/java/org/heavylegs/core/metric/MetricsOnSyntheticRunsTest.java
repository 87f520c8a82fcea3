package org.heavylegs.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.metric.dynamics.CadenceSpeedLine;
import org.heavylegs.core.metric.grade.Minetti;
import org.junit.jupiter.api.Test;

/** Whole-pipeline checks: synthetic activities whose metrics are known by construction. */
class MetricsOnSyntheticRunsTest {

    private static final double HOUR = 3600;

    // O1 through the pipeline: 60 min at HR 150, rest 60, max 190: 100.44 (men), 113.52 (women).
    @Test
    void banisterTrimpOfASteadyHour() {
        Activity run = SyntheticRun.of(HOUR).constant(Channel.HEART_RATE_BPM, 150).constant(Channel.SPEED_M_S, 3).build();
        MetricResults men = SyntheticRun.compute(run, SyntheticRun.athlete(Sex.MALE, 60, 190, 170));
        MetricResults women = SyntheticRun.compute(run, SyntheticRun.athlete(Sex.FEMALE, 60, 190, 170));
        assertThat(men.number("trimp_banister")).isCloseTo(100.44, within(0.005));
        assertThat(men.number("trimp")).isEqualTo(men.number("trimp_banister"));
        assertThat(women.number("trimp_banister")).isCloseTo(113.52, within(0.005));
    }

    // O2 and O3 through the pipeline: minutes placed in each zone by heart rate.
    @Test
    void edwardsAndLuciaFromZoneMinutes() {
        // hr_max 190: Edwards zone midpoints 55, 65, 75, 85, 95 % -> 104.5 ... 180.5 bpm.
        double[] edges = {0, 10, 30, 50, 58, 60};
        double[] hr = {105, 124, 143, 162, 181};
        Activity edwards = SyntheticRun.of(60 * 60).with(Channel.HEART_RATE_BPM, t -> {
            for (int z = 0; z < hr.length; z++) {
                if (t < edges[z + 1] * 60) {
                    return hr[z];
                }
            }
            return hr[4];
        }).constant(Channel.SPEED_M_S, 3).build();
        Physiology p = SyntheticRun.athlete(Sex.MALE, 50, 190, 172);
        MetricResults r = SyntheticRun.compute(edwards, p);
        assertThat(r.number("trimp_edwards")).isCloseTo(152, within(0.05));
        assertThat(r.number("time_hr_z1_min")).isCloseTo(10, within(0.02));
        assertThat(r.number("time_hr_z5_min")).isCloseTo(2, within(0.02));
        double zones = 0;
        for (String k : List.of("time_hr_z1_min", "time_hr_z2_min", "time_hr_z3_min", "time_hr_z4_min", "time_hr_z5_min")) {
            zones += r.number(k);
        }
        assertThat(zones).isCloseTo(60, within(0.02));

        // LTHR 172: VT1 at 154.8, RCP at 172; 40 / 15 / 5 min -> 85.
        Activity lucia = SyntheticRun.of(60 * 60).with(Channel.HEART_RATE_BPM,
                t -> t < 40 * 60 ? 140 : t < 55 * 60 ? 160 : 178).constant(Channel.SPEED_M_S, 3).build();
        assertThat(SyntheticRun.compute(lucia, p).number("trimp_lucia")).isCloseTo(85, within(0.05));
    }

    // HRSS: one hour at threshold heart rate scores 100 by construction (SCIENCE.md 10.2 b).
    @Test
    void hrTssOfAnHourAtThreshold() {
        Physiology p = SyntheticRun.athlete(Sex.FEMALE, 50, 190, 172);
        Activity run = SyntheticRun.of(HOUR).constant(Channel.HEART_RATE_BPM, 172).constant(Channel.SPEED_M_S, 3.5).build();
        assertThat(SyntheticRun.compute(run, p).number("hr_tss")).isCloseTo(100, within(1e-6));
    }

    // O12 through the pipeline: steady part (minutes 10-70) at 5:00/km, HR 140 then 147 -> 4.76 %.
    @Test
    void decouplingOfTwoHalves() {
        Activity run = SyntheticRun.of(70 * 60).constant(Channel.SPEED_M_S, 1000 / 300.0)
                .with(Channel.HEART_RATE_BPM, t -> t < 2400 ? 140 : 147).build();
        MetricResults r = SyntheticRun.compute(run, SyntheticRun.athlete());
        assertThat(r.number("decoupling_pct")).isCloseTo(4.76, within(0.01));
        assertThat(r.number("decoupling_window_min")).isCloseTo(60, within(0.02));
    }

    // O14 through the pipeline: 90 min at IF 0.80 on the flat -> rTSS 96.
    @Test
    void rTssOfNinetyMinutesAtIf080() {
        Physiology p = SyntheticRun.athlete(); // threshold pace 270 s/km
        double speed = 0.8 * 1000 / 270;
        Activity run = SyntheticRun.of(90 * 60).constant(Channel.SPEED_M_S, speed).constant(Channel.HEART_RATE_BPM, 150)
                .constant(Channel.ALTITUDE_M, 100).build();
        MetricResults r = SyntheticRun.compute(run, p);
        assertThat(r.number("intensity_factor")).isCloseTo(0.80, within(1e-6));
        assertThat(r.number("r_tss")).isCloseTo(96.0, within(1e-4));
        assertThat(r.number("ngp_s_per_km")).isCloseTo(270 / 0.8, within(1e-6));
        assertThat(r.number("time_pace_z2_min")).isCloseTo(90, within(0.02)); // 125 % of threshold pace
    }

    // O11 and O16 through the pipeline, with the runs.csv row of the run.
    @Test
    void fluidsAndEnergyFromTheRunLog() {
        Activity run = SyntheticRun.of(90 * 60).constant(Channel.SPEED_M_S, 10_000 / 5400.0)
                .constant(Channel.HEART_RATE_BPM, 140).build();
        MetricResults r = SyntheticRun.compute(run, SyntheticRun.athlete(),
                SyntheticRun.log(70.0, 68.6, 500.0, 40.0, 100.0, 6.0, null, null));
        assertThat(r.number("sweat_rate_l_per_h")).isCloseTo(1.20, within(1e-9));
        assertThat(r.number("sweat_loss_l")).isCloseTo(1.80, within(1e-9));
        assertThat(r.number("mass_loss_pct")).isCloseTo(2.0, within(1e-9));
        assertThat(r.number("sodium_loss_mg_per_h")).isCloseTo(1103.5, within(0.1));
        assertThat(r.number("fluid_balance_ml")).isCloseTo(500 - 1800, within(1e-6));
        assertThat(r.flag("overdrink")).contains(false);
        assertThat(r.number("kcal")).isCloseTo(700, within(1e-6));
        assertThat(r.number("session_rpe_load")).isCloseTo(6 * 90, within(1e-6));
        assertThat(r.number("carbs_eaten_g")).isEqualTo(40.0);
        assertThat(r.number("carbs_eaten_g_per_h")).isCloseTo(40 / 1.5, within(1e-9));
        assertThat(r.reason("sodium_balance_mg")).hasValueSatisfying(s -> assertThat(s).contains("sodium_mg"));
    }

    @Test
    void overdrinkWhenMassIsGained() {
        Activity run = SyntheticRun.of(4 * HOUR).constant(Channel.SPEED_M_S, 2.8).build();
        MetricResults r = SyntheticRun.compute(run, SyntheticRun.athlete(),
                SyntheticRun.log(60.0, 60.8, 4000.0, null, null, null, null, null));
        assertThat(r.flag("overdrink")).contains(true);
        assertThat(r.number("mass_loss_pct")).isNegative();
        assertThat(r.number("fluid_balance_ml")).isPositive();

        // Gaining more than was drunk is a typing error, not negative sweat.
        MetricResults wrong = SyntheticRun.compute(run, SyntheticRun.athlete(),
                SyntheticRun.log(60.0, 61.0, 500.0, null, null, null, null, null));
        assertThat(wrong.reason("sweat_rate_l_per_h")).hasValueSatisfying(s -> assertThat(s).contains("check runs.csv"));
        assertThat(wrong.flag("overdrink")).contains(true);
    }

    // Heat: runs.csv first (90 °F = 32.2 °C, 60 % -> heat index 99.7 °F = 37.6 °C, O4), then a Stryd
    // ambient channel, and the wrist sensor only as a flagged temperature, never for heat stress.
    @Test
    void ambientSourcesInOrder() {
        Activity withSensors = SyntheticRun.of(30 * 60).constant(Channel.SPEED_M_S, 3)
                .constant(Channel.AMBIENT_TEMPERATURE_C, 20).constant(Channel.HUMIDITY_PCT, 50)
                .constant(Channel.DEVICE_TEMPERATURE_C, 29).build();
        MetricResults fromLog = SyntheticRun.compute(withSensors, SyntheticRun.athlete(),
                SyntheticRun.log(null, null, null, null, null, null, (90 - 32) * 5 / 9.0, 60.0));
        assertThat(fromLog.number("temperature_c")).isCloseTo(32.22, within(0.01));
        assertThat(fromLog.text("temperature_source")).contains("runs.csv");
        assertThat(fromLog.number("heat_index_c")).isCloseTo((99.7 - 32) * 5 / 9, within(0.05));
        assertThat(fromLog.text("heat_category")).contains("black");

        MetricResults fromSensor = SyntheticRun.compute(withSensors, SyntheticRun.athlete());
        assertThat(fromSensor.number("temperature_c")).isEqualTo(20.0);
        assertThat(fromSensor.text("temperature_source")).contains("ambient sensor");
        assertThat(fromSensor.number("humidity_pct")).isEqualTo(50.0);
        assertThat(fromSensor.number("wbgt_est_c")).isCloseTo(0.567 * 20 + 0.393 * (0.5 * 6.105 * Math.exp(17.27 * 20 / 257.7)) + 3.94, within(1e-9));
        assertThat(fromSensor.text("heat_category")).contains("yellow");

        Activity wristOnly = SyntheticRun.of(30 * 60).constant(Channel.SPEED_M_S, 3)
                .constant(Channel.DEVICE_TEMPERATURE_C, 29).build();
        MetricResults fromWrist = SyntheticRun.compute(wristOnly, SyntheticRun.athlete());
        assertThat(fromWrist.number("temperature_c")).isEqualTo(29.0);
        assertThat(fromWrist.text("temperature_source")).contains("device sensor");
        assertThat(fromWrist.notes()).anyMatch(n -> n.contains("wrist"));
        assertThat(fromWrist.reason("heat_index_c")).hasValueSatisfying(s -> assertThat(s).contains("air temperature"));
    }

    // GAP on a steady 5 % climb: pace divided by Minetti's cost ratio at 5 %.
    @Test
    void gapOnAClimb() {
        double v = 2.5;
        Activity run = SyntheticRun.of(40 * 60).constant(Channel.SPEED_M_S, v)
                .with(Channel.ALTITUDE_M, t -> 100 + 0.05 * v * t).build();
        MetricResults r = SyntheticRun.compute(run, SyntheticRun.athlete());
        double pace = 1000 / v;
        assertThat(r.number("pace_s_per_km")).isCloseTo(pace, within(1e-6));
        assertThat(r.number("gap_s_per_km")).isCloseTo(Minetti.gapPace(pace, 0.05), within(0.01 * pace));
        assertThat(r.number("kcal")).isCloseTo(70 * 6 * Minetti.costRatio(0.05), within(0.02 * 70 * 6));
    }

    // Cardiac drift: HR rising 6 bpm per hour at constant pace.
    @Test
    void cardiacDriftOfALinearRise() {
        Activity run = SyntheticRun.of(90 * 60).constant(Channel.SPEED_M_S, 3)
                .with(Channel.HEART_RATE_BPM, t -> 140 + 6 * t / HOUR).build();
        MetricResults r = SyntheticRun.compute(run, SyntheticRun.athlete());
        assertThat(r.number("cardiac_drift_bpm_per_h")).isCloseTo(6, within(0.05));
        assertThat(r.number("pace_fade_pct")).isNegative();
    }

    // Late vs early: contact time 10 % longer and cadence 4 % lower in the last fifth, same speed.
    @Test
    void formDecayLateInTheRun() {
        double d = 60 * 60;
        Activity run = SyntheticRun.of(d).constant(Channel.SPEED_M_S, 3.2).constant(Channel.HEART_RATE_BPM, 150)
                .with(Channel.GROUND_CONTACT_TIME_MS, t -> t < 0.8 * d ? 250 : 275)
                .with(Channel.CADENCE_SPM, t -> t < 0.8 * d ? 175 : 168)
                .with(Channel.VERTICAL_OSCILLATION_CM, t -> t < 0.8 * d ? 8 : 8.4).build();
        MetricResults r = SyntheticRun.compute(run, SyntheticRun.athlete());
        assertThat(r.number("gct_rise_pct")).isCloseTo(10, within(1e-6));
        assertThat(r.number("cadence_drop_pct")).isCloseTo(4, within(1e-6));
        assertThat(r.number("vo_rise_pct")).isCloseTo(5, within(1e-6));
    }

    // Dynamics averages, and the vertical ratio from oscillation over step length.
    @Test
    void runningDynamics() {
        Activity run = SyntheticRun.of(30 * 60).constant(Channel.SPEED_M_S, 3.0).constant(Channel.CADENCE_SPM, 180)
                .constant(Channel.VERTICAL_OSCILLATION_CM, 8.0).constant(Channel.GROUND_CONTACT_TIME_MS, 240)
                .constant(Channel.GCT_BALANCE_LEFT_PCT, 49.5).build();
        MetricResults r = SyntheticRun.compute(run, SyntheticRun.athlete());
        assertThat(r.number("cadence_spm")).isEqualTo(180.0);
        assertThat(r.number("step_length_m")).isCloseTo(1.0, within(1e-9));
        assertThat(r.number("vertical_ratio_pct")).isCloseTo(8.0, within(1e-9));
        assertThat(r.number("gct_ms")).isEqualTo(240.0);
        assertThat(r.number("gct_balance_pct")).isEqualTo(49.5);
        assertThat(r.reason("cadence_residual_pct")).hasValueSatisfying(s -> assertThat(s).contains("history"));
    }

    // The athlete's own cadence-speed line, and a run 5 % below it.
    @Test
    void cadenceResidualAgainstTheAthletesLine() {
        List<Activity> history = new ArrayList<>();
        for (double v = 2.6; v <= 4.01; v += 0.35) {
            double speed = v;
            history.add(SyntheticRun.of(12 * 60).constant(Channel.SPEED_M_S, speed)
                    .constant(Channel.CADENCE_SPM, 140 + 10 * speed).build());
        }
        CadenceSpeedLine line = CadenceSpeedLine.fit(history).orElseThrow();
        assertThat(line.slope()).isCloseTo(10, within(1e-6));
        assertThat(line.intercept()).isCloseTo(140, within(1e-6));
        assertThat(line.segments()).isGreaterThanOrEqualTo(CadenceSpeedLine.MIN_SEGMENTS);

        Activity today = SyntheticRun.of(20 * 60).constant(Channel.SPEED_M_S, 3.0)
                .constant(Channel.CADENCE_SPM, 0.95 * (140 + 10 * 3.0)).build();
        MetricResults r = Metrics.compute(new MetricContext(today, SyntheticRun.athlete(), null, line));
        assertThat(r.number("cadence_residual_pct")).isCloseTo(-5, within(1e-6));

        assertThat(CadenceSpeedLine.fit(history.subList(0, 1))).isEmpty(); // 12 segments < 20
    }

    // The wall: pace 40 % slower from km 28 of a marathon; none when the pace holds.
    @Test
    void wallInAMarathon() {
        double v = 3.2;
        double slowFrom = 28_000 / v;
        Activity wall = SyntheticRun.of(slowFrom + 14_500 / (0.6 * v))
                .with(Channel.SPEED_M_S, t -> t < slowFrom ? v : 0.6 * v).build();
        MetricResults r = SyntheticRun.compute(wall, SyntheticRun.athlete());
        assertThat(r.flag("wall_detected")).contains(true);
        assertThat(r.number("wall_onset_km")).isBetween(25.0, 28.5);

        Activity even = SyntheticRun.of(42_195 / v).constant(Channel.SPEED_M_S, v).build();
        MetricResults e = SyntheticRun.compute(even, SyntheticRun.athlete());
        assertThat(e.flag("wall_detected")).contains(false);
        assertThat(e.has("wall_onset_km")).isFalse();

        Activity shortRun = SyntheticRun.of(3600).constant(Channel.SPEED_M_S, v).build();
        assertThat(SyntheticRun.compute(shortRun, SyntheticRun.athlete()).reason("wall_detected"))
                .hasValueSatisfying(s -> assertThat(s).contains("30 km"));
    }

    // Glycogen budget of a long run: finite margin and depletion distance, stores from 70 kg male.
    @Test
    void glycogenBudgetOfALongRun() {
        Activity run = SyntheticRun.of(3 * HOUR).constant(Channel.SPEED_M_S, 3.3).constant(Channel.HEART_RATE_BPM, 160).build();
        MetricResults r = SyntheticRun.compute(run, SyntheticRun.athlete(),
                SyntheticRun.log(null, null, null, 60.0, null, null, null, null));
        double km = 3.3 * 3 * 3.6;
        double burnt = r.number("carbs_used_g") * 4;
        double stores = 0.21 * 70 * 80 + 88 * 4 + 60 * 4;
        assertThat(r.number("kcal")).isCloseTo(70 * km, within(1e-6));
        assertThat(r.number("carb_share_pct")).isBetween(55.0, 80.0);
        assertThat(r.number("glycogen_margin_kcal")).isCloseTo(stores - burnt, within(1e-6));
        assertThat(r.number("depletion_distance_km")).isCloseTo(km * stores / burnt, within(1e-6));
    }

    // Stops: three 2-min pauses after bouts of 10 min is a regular pattern; uneven bouts are not.
    @Test
    void stopPatterns() {
        Activity regular = SyntheticRun.of(50 * 60).constant(Channel.SPEED_M_S, 3)
                .pause(600, 720).pause(1320, 1440).pause(2040, 2160).build();
        MetricResults r = SyntheticRun.compute(regular, SyntheticRun.athlete());
        assertThat(r.number("stop_count")).isEqualTo(3.0);
        assertThat(r.text("stop_pattern")).contains("regular");
        assertThat(r.number("stop_bout_median_min")).isCloseTo(10, within(0.05));
        assertThat(r.number("stop_total_min")).isCloseTo(6, within(0.05));

        // Standing still with the timer running counts too.
        Activity uneven = SyntheticRun.of(60 * 60).with(Channel.SPEED_M_S,
                t -> (t >= 300 && t < 360) || (t >= 1800 && t < 1900) || (t >= 2100 && t < 2160) ? 0 : 3).build();
        MetricResults u = SyntheticRun.compute(uneven, SyntheticRun.athlete());
        assertThat(u.number("stop_count")).isEqualTo(3.0);
        assertThat(u.text("stop_pattern")).contains("irregular");

        Activity none = SyntheticRun.of(30 * 60).constant(Channel.SPEED_M_S, 3).build();
        MetricResults n = SyntheticRun.compute(none, SyntheticRun.athlete());
        assertThat(n.number("stop_count")).isZero();
        assertThat(n.text("stop_pattern")).contains("none");
    }

    // Non-running sports get heart-rate load but no running metrics, with the reason.
    @Test
    void cyclingGetsLoadButNoRunningMetrics() {
        Activity ride = SyntheticRun.of(HOUR).sport("cycling").constant(Channel.SPEED_M_S, 8)
                .constant(Channel.HEART_RATE_BPM, 140).build();
        MetricResults r = SyntheticRun.compute(ride, SyntheticRun.athlete());
        assertThat(r.number("trimp_banister")).isPositive();
        assertThat(r.has("gap_s_per_km")).isFalse();
        assertThat(r.reason("gap_s_per_km")).hasValueSatisfying(s -> assertThat(s).contains("running only").contains("cycling"));
    }

    // A file that names no sport (many GPX tracks) is treated as running, and the output says so.
    @Test
    void genericSportIsTreatedAsRunning() {
        Activity track = SyntheticRun.of(HOUR).sport("generic").constant(Channel.SPEED_M_S, 3).build();
        MetricResults r = SyntheticRun.compute(track, SyntheticRun.athlete());
        assertThat(r.number("pace_s_per_km")).isCloseTo(1000 / 3.0, within(1e-6));
        assertThat(r.notes()).contains("the file names no sport: treated as running");
    }

    // Every key is either a value or has a reason, in the order of Metrics.keys().
    @Test
    void everyKeyIsAccountedFor() {
        Activity run = SyntheticRun.of(HOUR).constant(Channel.SPEED_M_S, 3).constant(Channel.HEART_RATE_BPM, 150).build();
        MetricResults r = SyntheticRun.compute(run, SyntheticRun.athlete());
        assertThat(r.keys()).containsExactlyElementsOf(Metrics.keys());
        for (String key : r.keys()) {
            assertThat(r.has(key) ^ r.reason(key).isPresent()).as(key).isTrue();
        }
        assertThat(Metrics.keys()).doesNotHaveDuplicates();
    }
}
