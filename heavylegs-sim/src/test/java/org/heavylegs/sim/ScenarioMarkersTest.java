package org.heavylegs.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.junit.jupiter.api.Test;

/**
 * Each scenario's markers are really in the generated data, computed here directly and simply
 * ({@link Markers}), not with the production metrics.
 */
class ScenarioMarkersTest {

    private static AthleteFolder folder(String id) {
        return Scenarios.byId(id).orElseThrow().generate();
    }

    private static RunLogEntry lastLog(AthleteFolder f) {
        return f.runs().get(f.runs().size() - 1);
    }

    private static LocalDate lastDay(AthleteFolder f) {
        return f.focusRun().start().atZone(Markers.ZONE).toLocalDate();
    }

    private static double lab(AthleteFolder f, LabTest test) {
        return f.labs().stream().filter(v -> v.test() == test).mapToDouble(LabValue::value).findFirst().orElse(Double.NaN);
    }

    @Test
    void dehydrationLosesOverTwoPercentAndDrifts() {
        AthleteFolder f = folder("dehydration");
        assertThat(Markers.massLossPct(lastLog(f))).isGreaterThan(2.0);
        assertThat(f.runs()).hasSameSizeAs(f.activities());
        for (int i = 0; i < f.runs().size(); i++) {
            RunLogEntry e = f.runs().get(i);
            Activity a = f.activities().get(i);
            assertThat(e.start()).isEqualTo(a.start());
            double minutes = a.streams().time()[a.streams().size() - 1] / 60;
            if (minutes >= 60) {
                assertThat(Markers.massLossPct(e)).as("mass loss on a %.0f-min run", minutes).isGreaterThan(2.0);
            }
        }
        assertThat(lastLog(f).temperatureC()).isGreaterThanOrEqualTo(30.0);
        assertThat(lastLog(f).fluidMl()).isLessThan(300.0);
        assertThat(Markers.decouplingPct(f.focusRun())).isGreaterThan(5.0);
        assertThat(f.focusRun().streams().has(Channel.AMBIENT_TEMPERATURE_C)).isTrue();
    }

    @Test
    void theMarathonerHitsTheWallDrinkingWaterOnly() {
        AthleteFolder f = folder("glycogen_depletion");
        Activity run = f.focusRun();
        assertThat(Markers.distanceM(run)).isGreaterThan(30_000);
        double early = Markers.paceSPerKm(run, 5_000, 20_000);
        double late = Markers.paceSPerKm(run, 25_000, Markers.distanceM(run));
        assertThat(late / early).as("pace after km 25 / 5-20 km mean").isGreaterThan(1.25);
        for (double km = 25; km + 1 <= Markers.distanceM(run) / 1000; km++) {
            assertThat(Markers.paceSPerKm(run, km * 1000, km * 1000 + 1000) / early).as("km %s", km).isGreaterThan(1.25);
        }
        double hours = Markers.paceSPerKm(run, 0, Markers.distanceM(run)) * Markers.distanceM(run) / 1000 / 3600;
        assertThat(hours).isBetween(2.5, 3.5);
        assertThat(lastLog(f).carbsG()).isZero();
        assertThat(lastLog(f).heavyLegs()).isGreaterThanOrEqualTo(7.0);
    }

    @Test
    void theSaltySweaterDrinksWaterWithoutSodium() {
        AthleteFolder f = folder("electrolyte_imbalance");
        RunLogEntry e = lastLog(f);
        assertThat(e.sodiumMg()).isZero();
        assertThat(e.fluidMl()).isGreaterThan(2_500.0);
        assertThat(Markers.massLossPct(e)).as("well hydrated: not a dehydration case").isBetween(0.0, 1.5);
        double hours = e.fluidMl() / 1400;
        double sweatLh = (e.preMassKg() - e.postMassKg() + e.fluidMl() / 1000) / hours;
        double sodiumLostG = sweatLh * hours * 70 * 22.99 / 1000; // at the scenario's 70 mmol/L sweat
        assertThat(sodiumLostG).as("sodium lost on the focus run, g").isGreaterThan(4.0);
        assertThat(lab(f, LabTest.SODIUM)).isEqualTo(133.0);
        assertThat(lab(f, LabTest.MAGNESIUM)).isLessThan(0.85);
        assertThat(f.athlete().symptoms().cramps()).isTrue();
    }

    @Test
    void overtrainingRisesWithoutRestAndMorningMarkersWorsen() {
        AthleteFolder f = folder("overtraining");
        LocalDate last = lastDay(f);
        Map<LocalDate, Double> daily = Markers.dailyMinutes(f.activities());
        assertThat(Markers.acwr(daily, last)).as("ACWR").isGreaterThan(1.5);
        assertThat(Markers.monotony(daily, last)).as("monotony").isGreaterThan(2.0);
        assertThat(Markers.restDays(daily, last, 14)).isZero();
        List<WellnessDay> w = f.wellness();
        double baseline = Markers.wellnessMean(w, last, 55, 14, d -> Math.log(d.hrvRmssdMs()));
        double sd = Markers.wellnessSd(w, last, 55, 14, d -> Math.log(d.hrvRmssdMs()));
        double week = Markers.wellnessMean(w, last, 6, 0, d -> Math.log(d.hrvRmssdMs()));
        assertThat(week).as("7-day ln rMSSD").isLessThan(baseline - 0.5 * sd);
        double rhr = Markers.wellnessMean(w, last, 6, 0, WellnessDay::restingHr)
                - Markers.wellnessMean(w, last, 55, 14, WellnessDay::restingHr);
        assertThat(rhr).as("resting HR rise").isGreaterThan(5.0);
        assertThat(Markers.wellnessMean(w, last, 6, 0, WellnessDay::soreness))
                .isGreaterThan(Markers.wellnessMean(w, last, 55, 14, WellnessDay::soreness) + 2);
        double efNow = Markers.efficiency(f.focusRun());
        double efBefore = Markers.median(f.activities().subList(0, f.activities().size() - 14).stream()
                .filter(a -> a.streams().size() > 2400).mapToDouble(Markers::efficiency).toArray());
        assertThat(efNow / efBefore).as("EF vs before").isLessThan(0.95);
    }

    @Test
    void claudicationStopsComeBackAtTheSamePoint() {
        AthleteFolder f = folder("poor_circulation");
        for (Activity a : f.activities()) {
            assertThat(a.pauses()).hasSizeGreaterThanOrEqualTo(2);
            Pause first = a.pauses().get(0);
            assertThat(first.startS()).isBetween(11 * 60.0 - 5, 13 * 60.0 + 5);
            for (Pause p : a.pauses()) {
                assertThat(p.durationS()).isBetween(120.0, 300.0);
            }
        }
        assertThat(f.athlete().symptoms().claudication()).isTrue();
        assertThat(f.athlete().conditions()).contains("diabetes");
        assertThat(2026 - f.athlete().birthYear()).isEqualTo(58);
    }

    @Test
    void theIntervalsStartWithoutWarmup() {
        AthleteFolder f = folder("inadequate_warmup");
        Activity run = f.focusRun();
        double[] v = run.streams().get(Channel.SPEED_M_S);
        double mainSet = Markers.median(java.util.Arrays.stream(v).filter(x -> x > 4.0).toArray());
        assertThat(Markers.meanSpeed(run, 0, 180) / mainSet).as("first 3 min / main set").isGreaterThanOrEqualTo(0.95);
        double[] hr = run.streams().get(Channel.HEART_RATE_BPM);
        double hrr = (hr[120] - 48) / (192 - 48.0);
        assertThat(hrr).as("HR reserve at 2 min").isGreaterThanOrEqualTo(0.75);
        assertThat(lastLog(f).warmupMin()).isZero();
        assertThat(f.athlete().warmupMinTypical()).isZero();
        assertThat(f.athlete().symptoms().heavinessFirstKmOnly()).isTrue();
        double cadKm1 = Markers.runningMean(firstKm(run), Channel.CADENCE_SPM);
        assertThat(cadKm1).isLessThan(Markers.matchedMedian(run, Channel.CADENCE_SPM, 0.4, 0.8, mainSet));
    }

    private static Activity firstKm(Activity a) {
        double[] d = a.streams().get(Channel.DISTANCE_M);
        int n = 0;
        while (n < d.length && d[n] < 1000) {
            n++;
        }
        return a.withStreams(a.streams().slice(0, n, 0));
    }

    @Test
    void formFallsApartLateAtMatchedSpeed() {
        AthleteFolder f = folder("muscle_fatigue");
        Activity run = f.focusRun();
        double ref = Markers.median(slice(run.streams().get(Channel.SPEED_M_S), 0.2, 0.4));
        double cadEarly = Markers.matchedMedian(run, Channel.CADENCE_SPM, 0.2, 0.4, ref);
        double cadLate = Markers.matchedMedian(run, Channel.CADENCE_SPM, 0.8, 1.0, ref);
        double gctEarly = Markers.matchedMedian(run, Channel.GROUND_CONTACT_TIME_MS, 0.2, 0.4, ref);
        double gctLate = Markers.matchedMedian(run, Channel.GROUND_CONTACT_TIME_MS, 0.8, 1.0, ref);
        double voEarly = Markers.matchedMedian(run, Channel.VERTICAL_OSCILLATION_CM, 0.2, 0.4, ref);
        double voLate = Markers.matchedMedian(run, Channel.VERTICAL_OSCILLATION_CM, 0.8, 1.0, ref);
        assertThat(1 - cadLate / cadEarly).as("cadence drop").isGreaterThan(0.03);
        assertThat(gctLate / gctEarly - 1).as("contact time rise").isGreaterThan(0.05);
        assertThat(voLate / voEarly - 1).as("oscillation rise").isGreaterThan(0.03);
        assertThat(descentM(run)).isGreaterThan(500);
        LocalDate last = lastDay(f);
        assertThat(Markers.wellnessMean(f.wellness(), last, 0, 0, WellnessDay::soreness)).as("soreness today").isGreaterThanOrEqualTo(5.0);
        assertThat(Markers.wellnessMean(f.wellness(), last, 41, 0, WellnessDay::soreness)).as("mean soreness").isGreaterThan(3.5);
    }

    private static double[] slice(double[] x, double from, double to) {
        return java.util.Arrays.copyOfRange(x, (int) (from * x.length), (int) (to * x.length));
    }

    private static double descentM(Activity a) {
        double[] alt = a.streams().get(Channel.ALTITUDE_M);
        double down = 0;
        for (int i = 10; i < alt.length; i += 10) {
            down += Math.max(0, alt[i - 10] - alt[i]);
        }
        return down;
    }

    @Test
    void anemiaShowsInLabsAndInFallingEfficiency() {
        AthleteFolder f = folder("anemia");
        assertThat(lab(f, LabTest.HEMOGLOBIN)).isEqualTo(108.0); // g/L, given as 10.8 g/dL
        assertThat(lab(f, LabTest.FERRITIN)).isEqualTo(9.0);
        assertThat(f.athlete().sex()).isEqualTo(org.heavylegs.core.athlete.Sex.FEMALE);
        assertThat(f.athlete().symptoms().breathlessness()).isTrue();
        List<Activity> runs = f.activities();
        double efFirst = Markers.median(runs.subList(0, 10).stream().mapToDouble(Markers::efficiency).toArray());
        double efLast = Markers.median(runs.subList(runs.size() - 10, runs.size()).stream().mapToDouble(Markers::efficiency).toArray());
        assertThat(efLast / efFirst).as("EF last 10 runs / first 10").isLessThan(0.93);
        LocalDate last = lastDay(f);
        Map<LocalDate, Double> daily = Markers.dailyMinutes(runs);
        assertThat(Markers.acwr(daily, last)).as("normal load").isBetween(0.8, 1.3);
        double hrvNow = Markers.wellnessMean(f.wellness(), last, 6, 0, d -> Math.log(d.hrvRmssdMs()));
        double hrvBase = Markers.wellnessMean(f.wellness(), last, 55, 7, d -> Math.log(d.hrvRmssdMs()));
        assertThat(Math.abs(hrvNow - hrvBase)).as("HRV at baseline").isLessThan(0.1);
    }

    @Test
    void biomechanicsShowsInTheRunningDynamics() {
        AthleteFolder f = folder("biomechanics");
        Activity run = f.focusRun();
        assertThat(Markers.runningMean(run, Channel.CADENCE_SPM)).isBetween(146.0, 154.0);
        assertThat(Markers.runningMean(run, Channel.VERTICAL_OSCILLATION_CM)).isBetween(11.0, 12.0);
        assertThat(Markers.runningMean(run, Channel.VERTICAL_RATIO_PCT)).isGreaterThan(10.0);
        assertThat(Markers.runningMean(run, Channel.GCT_BALANCE_LEFT_PCT)).isBetween(46.5, 47.5);
        assertThat(Markers.runningMean(run, Channel.STEP_LENGTH_M)).isGreaterThan(1.0);
    }

    @Test
    void twoCausesShowBothMarkers() {
        AthleteFolder f = folder("dehydration_and_warmup");
        Activity run = f.focusRun();
        assertThat(Markers.massLossPct(lastLog(f))).isGreaterThan(2.0);
        assertThat(Markers.decouplingPct(run)).isGreaterThan(5.0);
        double main = Markers.meanSpeed(run, 600, run.streams().time()[run.streams().size() - 1]);
        assertThat(Markers.meanSpeed(run, 0, 180) / main).isGreaterThanOrEqualTo(0.95);
        assertThat(lastLog(f).warmupMin()).isZero();
    }

    @Test
    void theControlIsCleanOnEveryMarker() {
        AthleteFolder f = folder("control");
        Activity run = f.focusRun();
        LocalDate last = lastDay(f);
        Map<LocalDate, Double> daily = Markers.dailyMinutes(f.activities());
        assertThat(Markers.acwr(daily, last)).isBetween(0.8, 1.3);
        assertThat(Markers.monotony(daily, last)).isLessThan(1.5);
        assertThat(Markers.restDays(daily, last, 7)).isEqualTo(2);
        assertThat(f.runs()).allSatisfy(e -> {
            if (e.preMassKg() != null) {
                assertThat(Markers.massLossPct(e)).isBetween(-0.5, 1.5);
            }
        });
        assertThat(Markers.decouplingPct(run)).isLessThan(5.0);
        assertThat(Markers.meanSpeed(run, 0, 180) / Markers.meanSpeed(run, 900, 1800)).isLessThan(0.95);
        assertThat(Markers.distanceM(run) / 1000).isGreaterThan(12);
        assertThat(lastLog(f).carbsG()).isGreaterThan(0.0);
        assertThat(Markers.runningMean(run, Channel.CADENCE_SPM)).isBetween(165.0, 180.0);
        assertThat(Markers.runningMean(run, Channel.VERTICAL_RATIO_PCT)).isLessThan(8.6);
        assertThat(lab(f, LabTest.HEMOGLOBIN)).isGreaterThan(130.0);
        assertThat(lab(f, LabTest.SODIUM)).isBetween(135.0, 145.0);
        double hrvNow = Markers.wellnessMean(f.wellness(), last, 6, 0, d -> Math.log(d.hrvRmssdMs()));
        double hrvBase = Markers.wellnessMean(f.wellness(), last, 41, 7, d -> Math.log(d.hrvRmssdMs()));
        assertThat(Math.abs(hrvNow - hrvBase)).isLessThan(0.1);
    }

    @Test
    void redFlagCasesCarryTheirTrigger() {
        assertThat(folder("red_flag_dvt").athlete().symptoms().legSwelling())
                .isEqualTo(org.heavylegs.core.athlete.LegSwelling.ONE_SIDE);
        AthleteFolder hypo = folder("red_flag_hyponatremia");
        RunLogEntry race = lastLog(hypo);
        assertThat(race.postMassKg()).isGreaterThan(race.preMassKg());
        assertThat(race.fluidMl()).isGreaterThan(3_000.0);
        double hours = Markers.paceSPerKm(hypo.focusRun(), 0, Markers.distanceM(hypo.focusRun()))
                * Markers.distanceM(hypo.focusRun()) / 1000 / 3600;
        assertThat(hours).isGreaterThan(4.0);
        assertThat(folder("red_flag_chest_pain").athlete().symptoms().chestPain()).isTrue();
        assertThat(folder("red_flag_dark_urine").athlete().symptoms().darkUrine()).isTrue();
        AthleteFolder sodium = folder("red_flag_low_sodium");
        assertThat(lab(sodium, LabTest.SODIUM)).isEqualTo(129.0);
        assertThat(sodium.labs().stream().filter(v -> v.test() == LabTest.SODIUM)).hasSize(1);
        assertThat(lab(folder("red_flag_low_hemoglobin"), LabTest.HEMOGLOBIN)).isEqualTo(121.0);
    }

    @Test
    void sparseDataIsOneRunAndNothingElse() {
        AthleteFolder f = folder("sparse");
        assertThat(f.activities()).hasSize(1);
        assertThat(f.athlete()).isNull();
        assertThat(f.wellness()).isNull();
        assertThat(f.runs()).isNull();
        assertThat(f.labs()).isNull();
    }
}
