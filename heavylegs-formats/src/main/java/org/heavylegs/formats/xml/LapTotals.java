package org.heavylegs.formats.xml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.heavylegs.core.activity.DeviceSummary;

/**
 * The device's own totals of a TCX activity, from its laps: sums of timer time, distance and
 * calories (only when every lap states them, else a partial sum would pass for a total), averages
 * weighted by each lap's timer time over the laps that state them, maxima over the laps.
 */
final class LapTotals {
    private LapTotals() {
    }

    /**
     * @param otherCadenceFactor what the lap Cadence element is multiplied by to give steps per minute
     *                           (2 for one foot, 1 when kept as written; see {@link Cadences})
     */
    static DeviceSummary of(List<TcxLap> laps, double otherCadenceFactor) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(DeviceSummary.TIMER_S, sumIfAll(laps, l -> l.timerS));
        m.put(DeviceSummary.DISTANCE_M, sumIfAll(laps, l -> l.distanceM));
        m.put(DeviceSummary.AVG_HR, timerWeighted(laps, l -> l.avgHeartRateBpm));
        m.put(DeviceSummary.MAX_HR, max(laps, l -> l.maxHeartRateBpm));
        double runCadence = timerWeighted(laps, l -> l.avgRunCadence);
        m.put(DeviceSummary.AVG_CADENCE_SPM, !Double.isNaN(runCadence) ? 2 * runCadence
                : otherCadenceFactor * timerWeighted(laps, l -> l.cadence));
        m.put(DeviceSummary.AVG_SPEED_M_S, timerWeighted(laps, l -> l.avgSpeedMS));
        m.put(DeviceSummary.AVG_POWER_W, timerWeighted(laps, l -> l.avgWatts));
        m.put(DeviceSummary.KCAL, sumIfAll(laps, l -> l.kcal));
        return DeviceSummary.of(m);
    }

    private static double sumIfAll(List<TcxLap> laps, ToDoubleFunction<TcxLap> f) {
        double sum = 0;
        for (TcxLap l : laps) {
            double v = f.applyAsDouble(l);
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            sum += v;
        }
        return laps.isEmpty() ? Double.NaN : sum;
    }

    private static double timerWeighted(List<TcxLap> laps, ToDoubleFunction<TcxLap> f) {
        double sum = 0;
        double weight = 0;
        for (TcxLap l : laps) {
            double v = f.applyAsDouble(l);
            if (!Double.isNaN(v) && l.timerS > 0) {
                sum += v * l.timerS;
                weight += l.timerS;
            }
        }
        return weight == 0 ? Double.NaN : sum / weight;
    }

    private static double max(List<TcxLap> laps, ToDoubleFunction<TcxLap> f) {
        double m = Double.NaN;
        for (TcxLap l : laps) {
            double v = f.applyAsDouble(l);
            if (!Double.isNaN(v) && (Double.isNaN(m) || v > m)) {
                m = v;
            }
        }
        return m;
    }
}
