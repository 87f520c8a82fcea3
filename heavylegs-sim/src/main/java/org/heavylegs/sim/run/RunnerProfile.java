package org.heavylegs.sim.run;

import org.heavylegs.core.athlete.Sex;

/**
 * The physiology and running style of one simulated runner: what the run generator needs to turn
 * a plan into heart rate, pace and running dynamics. Values are at the runner's normal state;
 * plans modify them (fitness, heat, fatigue) per run.
 *
 * @param thresholdSpeedMps      speed at lactate-threshold heart rate, m/s
 * @param hrvRmssdMs             typical morning rMSSD, ms
 * @param cadenceAt3Spm          cadence at 3.0 m/s, steps/min
 * @param cadencePerMps          cadence change per m/s of speed
 * @param verticalOscillationCm  at 3.0 m/s
 * @param groundContactAt3Ms     ground contact time at 3.0 m/s
 * @param gctBalanceLeftPct      left share of ground contact time
 * @param sweatRateLh            whole-body sweat rate at 18 C and easy running, L/h
 * @param sweatSodiumMmolL       whole-body sweat sodium concentration
 * @param recording              what the runner's devices record
 */
public record RunnerProfile(
        Sex sex,
        double massKg,
        double hrRest,
        double hrMax,
        double thresholdSpeedMps,
        double hrvRmssdMs,
        double cadenceAt3Spm,
        double cadencePerMps,
        double verticalOscillationCm,
        double groundContactAt3Ms,
        double gctBalanceLeftPct,
        double sweatRateLh,
        double sweatSodiumMmolL,
        Recording recording) {

    /** Easy-run speed as a share of threshold speed [heuristic: easy runs sit near 75 % of threshold speed]. */
    public static final double EASY_SHARE = 0.76;
    public static final double LONG_SHARE = 0.74;
    public static final double TEMPO_SHARE = 0.97;
    public static final double INTERVAL_SHARE = 1.07;
    public static final double JOG_SHARE = 0.62;

    public double easySpeed() {
        return EASY_SHARE * thresholdSpeedMps;
    }

    public double longSpeed() {
        return LONG_SHARE * thresholdSpeedMps;
    }

    public double tempoSpeed() {
        return TEMPO_SHARE * thresholdSpeedMps;
    }

    public double intervalSpeed() {
        return INTERVAL_SHARE * thresholdSpeedMps;
    }

    public double jogSpeed() {
        return JOG_SHARE * thresholdSpeedMps;
    }

    public RunnerProfile withRecording(Recording r) {
        return new RunnerProfile(sex, massKg, hrRest, hrMax, thresholdSpeedMps, hrvRmssdMs, cadenceAt3Spm, cadencePerMps,
                verticalOscillationCm, groundContactAt3Ms, gctBalanceLeftPct, sweatRateLh, sweatSodiumMmolL, r);
    }

    /** A typical recreational runner; scenarios change what makes their case. */
    public static RunnerProfile typicalMale() {
        return new RunnerProfile(Sex.MALE, 72.0, 50, 188, 3.85, 62, 172, 7.5, 8.4, 248, 50.1, 1.0, 38,
                Recording.WATCH_AND_STRAP);
    }

    public static RunnerProfile typicalFemale() {
        return new RunnerProfile(Sex.FEMALE, 58.0, 52, 189, 3.55, 68, 176, 7.5, 7.8, 240, 49.9, 0.8, 36,
                Recording.WATCH_AND_STRAP);
    }
}
