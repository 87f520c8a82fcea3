package org.heavylegs.report.svg;

/** Maps a data interval [d0, d1] linearly onto a pixel interval [r0, r1] (either may be reversed). */
public record LinearScale(double d0, double d1, double r0, double r1) {

    public LinearScale {
        if (!(d1 != d0) || !Double.isFinite(d0) || !Double.isFinite(d1)) {
            throw new IllegalArgumentException("empty or non-finite domain [" + d0 + ", " + d1 + "]");
        }
    }

    /** The pixel position of v; values outside the domain are clamped to its ends. */
    public double map(double v) {
        double lo = Math.min(d0, d1);
        double hi = Math.max(d0, d1);
        double c = Math.max(lo, Math.min(hi, v));
        return r0 + (c - d0) / (d1 - d0) * (r1 - r0);
    }

    public boolean contains(double v) {
        return v >= Math.min(d0, d1) && v <= Math.max(d0, d1);
    }
}
