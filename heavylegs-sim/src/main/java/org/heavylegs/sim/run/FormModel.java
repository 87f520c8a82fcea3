package org.heavylegs.sim.run;

import java.util.SplittableRandom;

/**
 * Running dynamics from speed: cadence rises and ground contact time falls with speed; late in a
 * run fatigue lowers cadence and raises contact time and bounce; a cold start stiffens the first
 * kilometre. Magnitudes: marathoners' contact time rose 13.1 % from km 8 to km 40 (Chan-Roper et
 * al. 2012); the decay here is smaller and scaled by the plan's form decay [heuristic].
 */
final class FormModel {
    /** Changes at full decay (formDecay = 1) at the end of the run [heuristic, see SCIENCE.md 7.1 thresholds]. */
    static final double CADENCE_DROP = 0.045;
    static final double CONTACT_RISE = 0.08;
    static final double OSCILLATION_RISE = 0.07;
    static final double BALANCE_DRIFT = 0.8;
    /** A cold first kilometre: cadence 4 % low, contact 5 % long, fading over 1 km [heuristic, SCIENCE.md 6.2]. */
    static final double COLD_CADENCE_DROP = 0.04;
    static final double COLD_CONTACT_RISE = 0.05;
    static final double COLD_M = 1000;
    /** Ground contact time change per m/s [heuristic: ~300 ms at 2.5 m/s, ~220 ms at 4.5 m/s]. */
    static final double CONTACT_MS_PER_MPS = -42;
    static final double OSCILLATION_CM_PER_MPS = 0.35;
    /** Below this speed the runner walks. */
    static final double WALK_BELOW_MPS = 1.9;

    final double[] out = new double[4]; // cadence spm, contact ms, oscillation cm, balance %
    private final RunnerProfile runner;
    private final SplittableRandom rnd;

    FormModel(RunnerProfile runner, SplittableRandom rnd) {
        this.runner = runner;
        this.rnd = rnd;
    }

    /**
     * @param decay    0..formDecay: how far fatigue has progressed
     * @param coldness 1 at the first step of a cold start, 0 from 1 km on (or with a warm-up)
     */
    void step(double speed, double decay, double coldness) {
        if (speed < 0.3) {
            out[0] = 0;
            out[1] = Double.NaN;
            out[2] = Double.NaN;
            out[3] = Double.NaN;
            return;
        }
        if (speed < WALK_BELOW_MPS) {
            out[0] = 100 + 12 * speed + rnd.nextGaussian();
            out[1] = 650 - 100 * speed + 8 * rnd.nextGaussian();
            out[2] = 3 + speed + 0.2 * rnd.nextGaussian();
            out[3] = runner.gctBalanceLeftPct() + 0.5 * rnd.nextGaussian();
            return;
        }
        double dv = speed - 3.0;
        double cadence = (runner.cadenceAt3Spm() + runner.cadencePerMps() * dv)
                * (1 - CADENCE_DROP * decay) * (1 - COLD_CADENCE_DROP * coldness);
        double contact = (runner.groundContactAt3Ms() + CONTACT_MS_PER_MPS * dv)
                * (1 + CONTACT_RISE * decay) * (1 + COLD_CONTACT_RISE * coldness);
        double oscillation = (runner.verticalOscillationCm() + OSCILLATION_CM_PER_MPS * dv) * (1 + OSCILLATION_RISE * decay);
        double balanceSide = runner.gctBalanceLeftPct() < 50 ? -1 : 1;
        out[0] = cadence + 1.0 * rnd.nextGaussian();
        out[1] = contact + 4 * rnd.nextGaussian();
        out[2] = oscillation + 0.2 * rnd.nextGaussian();
        out[3] = runner.gctBalanceLeftPct() + balanceSide * BALANCE_DRIFT * decay + 0.35 * rnd.nextGaussian();
    }
}
