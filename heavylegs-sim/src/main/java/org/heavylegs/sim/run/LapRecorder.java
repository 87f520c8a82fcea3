package org.heavylegs.sim.run;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Lap;

/** Auto-laps every kilometre, as watches do by default, plus the last partial lap. */
final class LapRecorder {
    static final double AUTO_LAP_M = 1000;

    private final List<Lap> laps = new ArrayList<>();
    private double startS;
    private double startM;
    private double pausedS;
    private double hrSum;
    private int hrCount;

    void sample(double timeS, double distanceM, double hr) {
        if (Double.isFinite(hr)) {
            hrSum += hr;
            hrCount++;
        }
        if (distanceM - startM >= AUTO_LAP_M) {
            close(timeS, distanceM);
        }
    }

    void paused(double seconds) {
        pausedS += seconds;
    }

    List<Lap> finish(double timeS, double distanceM) {
        if (timeS > startS) {
            close(timeS, distanceM);
        }
        return List.copyOf(laps);
    }

    private void close(double timeS, double distanceM) {
        double elapsed = timeS - startS;
        laps.add(new Lap(startS, elapsed, elapsed - pausedS, distanceM - startM,
                hrCount == 0 ? Double.NaN : hrSum / hrCount));
        startS = timeS;
        startM = distanceM;
        pausedS = 0;
        hrSum = 0;
        hrCount = 0;
    }
}
