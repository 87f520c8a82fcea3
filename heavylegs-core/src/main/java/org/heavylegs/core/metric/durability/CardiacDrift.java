package org.heavylegs.core.metric.durability;

import java.util.List;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Cardiac drift: how fast heart rate rises at constant effort (Coyle & Gonzalez-Alonso 2001, Exerc
 * Sport Sci Rev 29:88; SCIENCE.md 10.5: after about 10 min of moderate exercise stroke volume falls
 * and HR rises; heat and dehydration make it worse). Over the steady part (after minute 10, moving,
 * steady), one-minute means of heart rate are regressed on time and grade-adjusted speed together,
 * so that small pace changes do not pass as drift; the time coefficient is the drift in bpm per hour.
 * When the pace hardly varies the regression is on time alone.
 */
public final class CardiacDrift extends SteadyPartMetric {
    public static final String KEY = "cardiac_drift_bpm_per_h";
    /** Heart rate and speed are averaged over blocks of this many seconds before the regression. */
    static final int BLOCK_S = 60;
    /** Below this coefficient of variation of block speeds, speed is left out of the regression [heuristic]. */
    static final double MIN_SPEED_CV = 0.01;

    @Override
    public List<String> keys() {
        return List.of(KEY);
    }

    @Override
    Outcome compute(RunSeries s, SteadyPart part) {
        int blocks = s.size() / BLOCK_S + 1;
        double[] sumHr = new double[blocks];
        double[] sumV = new double[blocks];
        double[] sumT = new double[blocks];
        int[] count = new int[blocks];
        for (int k : part.index) {
            int b = k / BLOCK_S;
            sumHr[b] += s.hr()[k];
            sumV[b] += s.gapSpeed()[k];
            sumT[b] += k;
            count[b]++;
        }
        int m = 0;
        double[] t = new double[blocks];
        double[] v = new double[blocks];
        double[] h = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            if (count[b] >= BLOCK_S / 2) {
                t[m] = sumT[b] / count[b] / 3600.0;
                v[m] = sumV[b] / count[b];
                h[m] = sumHr[b] / count[b];
                m++;
            }
        }
        return Outcome.values().with(KEY, slopeOnTime(t, v, h, m));
    }

    /** Coefficient of time in h = a + b t + c v (least squares); time alone when v barely varies. */
    static double slopeOnTime(double[] t, double[] v, double[] h, int m) {
        if (m < 3) {
            return Double.NaN;
        }
        double mt = 0;
        double mv = 0;
        double mh = 0;
        for (int i = 0; i < m; i++) {
            mt += t[i];
            mv += v[i];
            mh += h[i];
        }
        mt /= m;
        mv /= m;
        mh /= m;
        double stt = 0;
        double svv = 0;
        double stv = 0;
        double sth = 0;
        double svh = 0;
        for (int i = 0; i < m; i++) {
            double dt = t[i] - mt;
            double dv = v[i] - mv;
            double dh = h[i] - mh;
            stt += dt * dt;
            svv += dv * dv;
            stv += dt * dv;
            sth += dt * dh;
            svh += dv * dh;
        }
        if (stt <= 0) {
            return Double.NaN;
        }
        double cv = Math.sqrt(svv / m) / mv;
        double det = stt * svv - stv * stv;
        if (!(cv >= MIN_SPEED_CV) || det <= 1e-12 * stt * svv) {
            return sth / stt;
        }
        return (sth * svv - svh * stv) / det;
    }
}
