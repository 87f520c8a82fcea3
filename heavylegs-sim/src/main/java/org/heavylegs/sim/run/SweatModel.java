package org.heavylegs.sim.run;

/**
 * Whole-body sweat rate of a run from the runner's own rate, the air temperature and the
 * intensity. Baker et al. (2016, 2019) report 1.2 L/h on average (0.3 to 5.7) in athletes; the
 * temperature and intensity factors here are [heuristic] and keep values inside that range.
 */
public final class SweatModel {
    /** Rise per degree above the runner's reference temperature [heuristic]. */
    static final double PER_DEGREE = 0.035;
    static final double REFERENCE_C = 18.0;
    static final double MIN_LH = 0.25;
    static final double MAX_LH = 3.0;

    private SweatModel() {
    }

    /**
     * @param hrReserveFraction mean intensity of the run
     */
    public static double rateLh(RunnerProfile runner, double temperatureC, double hrReserveFraction) {
        double heat = Math.max(0.5, 1 + PER_DEGREE * (temperatureC - REFERENCE_C));
        double intensity = 0.5 + 0.7 * hrReserveFraction;
        return Math.max(MIN_LH, Math.min(MAX_LH, runner.sweatRateLh() * heat * intensity));
    }
}
