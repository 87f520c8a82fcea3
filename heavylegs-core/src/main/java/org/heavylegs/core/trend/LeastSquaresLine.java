package org.heavylegs.core.trend;

/**
 * An ordinary least-squares line y = intercept + slope x through finite (x, y) pairs; used by the
 * HR-at-pace, cadence-speed and body-mass trends.
 *
 * @param n       pairs used
 * @param xSd     sample SD of x (a line through x values that barely differ is not to be trusted)
 */
public record LeastSquaresLine(double intercept, double slope, int n, double xMean, double xSd) {

    public static final LeastSquaresLine NONE = new LeastSquaresLine(Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN);

    public static LeastSquaresLine fit(double[] x, double[] y) {
        int n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                n++;
                sx += x[i];
                sy += y[i];
            }
        }
        if (n < 2) {
            return NONE;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (y[i] - my);
            }
        }
        double sd = Math.sqrt(sxx / (n - 1));
        if (sxx == 0) {
            return new LeastSquaresLine(Double.NaN, Double.NaN, n, mx, 0);
        }
        double slope = sxy / sxx;
        return new LeastSquaresLine(my - slope * mx, slope, n, mx, sd);
    }

    public double at(double x) {
        return intercept + slope * x;
    }
}
