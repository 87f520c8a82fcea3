package org.heavylegs.core.activity;

/** An interval with the timer stopped (manual or auto pause), in seconds relative to the start. */
public record Pause(double startS, double endS) {
    public Pause {
        if (endS < startS) {
            throw new IllegalArgumentException("pause ends before it starts: " + startS + " > " + endS);
        }
    }

    public double durationS() {
        return endS - startS;
    }
}
