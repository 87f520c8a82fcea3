package org.heavylegs.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GpsJumpsTest {
    private static final double M_PER_DEG_LAT = 111_195.0;
    private final GpsJumps rule = new GpsJumps();

    /** The activity with the fixes at the given samples moved north by {@code metres}. */
    private static Activity movedNorth(Activity a, double metres, int... samples) {
        double[] lat = SyntheticRuns.copy(a.streams(), Channel.LATITUDE_DEG);
        for (int i : samples) {
            lat[i] += metres / M_PER_DEG_LAT;
        }
        return a.withStreams(a.streams().with(Channel.LATITUDE_DEG, lat));
    }

    private static List<Integer> missing(Activity a) {
        double[] lat = a.streams().get(Channel.LATITUDE_DEG);
        double[] lon = a.streams().get(Channel.LONGITUDE_DEG);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lat.length; i++) {
            assertThat(Double.isNaN(lat[i])).as("lat and lon missing together at %d", i).isEqualTo(Double.isNaN(lon[i]));
            if (Double.isNaN(lat[i])) {
                out.add(i);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void cleanRunsAndRidesAreReturnedAsTheyAre(long seed) {
        for (Activity clean : List.of(SyntheticRuns.run(seed, 3600), SyntheticRuns.ride(seed, 3600))) {
            List<String> warnings = new ArrayList<>();
            assertThat(rule.apply(clean, warnings)).isSameAs(clean);
            assertThat(warnings).isEmpty();
        }
    }

    @Test
    void singleFixThrownOffTheTrackIsSetMissing() {
        Activity clean = SyntheticRuns.run(21, 1200);
        Activity defective = movedNorth(clean, 300, 600);
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(defective, warnings);
        assertThat(missing(out)).containsExactly(600);
        assertThat(warnings).containsExactly(
                "gps_jumps: 1 of 1200 positions set missing, 1 implying more than 12 m/s for running (first at sample 600, 600 s)");
        double[] lat = out.streams().get(Channel.LATITUDE_DEG);
        double[] cleanLat = clean.streams().get(Channel.LATITUDE_DEG);
        for (int i = 0; i < lat.length; i++) {
            if (i != 600) {
                assertThat(lat[i]).isEqualTo(cleanLat[i]);
            }
        }
    }

    @Test
    void burstOfOutliersIsSetMissing() {
        Activity defective = movedNorth(SyntheticRuns.run(22, 1200), 400, 700, 701, 702, 703, 704);
        assertThat(missing(rule.apply(defective, new ArrayList<>()))).containsExactly(700, 701, 702, 703, 704);
    }

    @Test
    void firstFixesFarFromTheStartAreSetMissing() {
        // The receiver still locking on: the first five fixes a kilometre away.
        Activity defective = movedNorth(SyntheticRuns.run(23, 1200), 1000, 0, 1, 2, 3, 4);
        assertThat(missing(rule.apply(defective, new ArrayList<>()))).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void lastFixesFarFromTheTrackAreSetMissing() {
        Activity defective = movedNorth(SyntheticRuns.run(24, 1200), 800, 1197, 1198, 1199);
        assertThat(missing(rule.apply(defective, new ArrayList<>()))).containsExactly(1197, 1198, 1199);
    }

    @Test
    void outlierFollowedByPartialReturnLosesTheOutlierNotItsGoodNeighbour() {
        // As at the start of activity-small-fenix2-run.fit: one fix 30 m off, the next two half way back.
        Activity clean = SyntheticRuns.run(25, 600);
        Activity defective = movedNorth(movedNorth(movedNorth(clean, -30, 100), -18, 101), -5, 102);
        assertThat(missing(rule.apply(defective, new ArrayList<>()))).containsExactly(100);
    }

    @Test
    void limitDependsOnTheSport() {
        Streams s = SyntheticRuns.streams(new Random(26), 1200, 3.0, 170);
        Activity run = movedNorth(SyntheticRuns.activity("running", s, List.of(), List.of()), 35, 500);
        Activity ride = movedNorth(SyntheticRuns.activity("cycling", s, List.of(), List.of()), 35, 500);
        assertThat(missing(rule.apply(run, new ArrayList<>()))).containsExactly(500);
        List<String> warnings = new ArrayList<>();
        assertThat(rule.apply(ride, warnings)).isSameAs(ride);
        assertThat(warnings).isEmpty();
        assertThat(GpsJumps.maxSpeed("walking")).isEqualTo(GpsJumps.MAX_FOOT_SPEED_M_S);
        assertThat(GpsJumps.maxSpeed("cycling")).isEqualTo(GpsJumps.MAX_CYCLING_SPEED_M_S);
        assertThat(GpsJumps.maxSpeed("generic")).isEqualTo(GpsJumps.MAX_OTHER_SPEED_M_S);
    }

    @Test
    void impossibleSpeedAtAJumpIsSetMissingAndPlausibleSpeedKept() {
        Activity clean = SyntheticRuns.run(27, 1200);
        double[] speed = SyntheticRuns.copy(clean.streams(), Channel.SPEED_M_S);
        speed[300] = 250; // derived from the jump
        Activity defective = movedNorth(clean.withStreams(clean.streams().with(Channel.SPEED_M_S, speed)), 250, 300, 800);
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(defective, warnings);
        double[] outSpeed = out.streams().get(Channel.SPEED_M_S);
        assertThat(outSpeed[300]).isNaN();
        assertThat(outSpeed[800]).isEqualTo(speed[800]);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).endsWith("; 1 speed sample above 12 m/s at those positions set missing");
    }

    @Test
    void coordinatesOutOfRangeAreSetMissing() {
        Activity clean = SyntheticRuns.run(28, 600);
        double[] lat = SyntheticRuns.copy(clean.streams(), Channel.LATITUDE_DEG);
        lat[10] = 180; // a semicircle value read as degrees twice over
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(clean.withStreams(clean.streams().with(Channel.LATITUDE_DEG, lat)), warnings);
        assertThat(missing(out)).containsExactly(10);
        assertThat(warnings).containsExactly(
                "gps_jumps: 1 of 600 positions set missing, 1 outside the valid range or without a time (first at sample 10, 10 s)");
    }

    @Test
    void positionChannelsWithNothingValidLeftAreRemoved() {
        Activity clean = SyntheticRuns.run(30, 5);
        double[] lat = {91, 91, 91, 91, 91};
        List<String> warnings = new ArrayList<>();
        Activity out = rule.apply(clean.withStreams(clean.streams().with(Channel.LATITUDE_DEG, lat)), warnings);
        assertThat(out.streams().has(Channel.LATITUDE_DEG)).isFalse();
        assertThat(out.streams().has(Channel.LONGITUDE_DEG)).isFalse();
        assertThat(warnings).containsExactly("gps_jumps: 5 of 5 positions set missing, 5 outside the valid range or "
                + "without a time (first at sample 0, 0 s); no valid position left, channels removed");
    }

    @Test
    void longLastingDisplacementIsKept() {
        // The last quarter of the track two kilometres away: a relock or a lift, not an outlier.
        Activity clean = SyntheticRuns.run(29, 1200);
        int[] tail = new int[300];
        for (int k = 0; k < tail.length; k++) {
            tail[k] = 900 + k;
        }
        Activity displaced = movedNorth(clean, 2000, tail);
        List<String> warnings = new ArrayList<>();
        assertThat(missing(rule.apply(displaced, warnings))).isEmpty();
        assertThat(warnings).isEmpty();
    }

    /** Seeded property: short bursts thrown far off a clean run are exactly what gets removed. */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void injectedBurstsAreExactlyWhatIsRemoved(long seed) {
        Random random = new Random(seed);
        Activity defective = SyntheticRuns.run(seed, 3600);
        List<Integer> injected = new ArrayList<>();
        for (int start = 100 + random.nextInt(100); start < 3400; start += 200 + random.nextInt(300)) {
            int length = 1 + random.nextInt(8);
            double metres = (random.nextBoolean() ? 1 : -1) * (150 + random.nextInt(2000));
            for (int i = start; i < start + length; i++) {
                defective = movedNorth(defective, metres, i);
                injected.add(i);
            }
        }
        List<String> warnings = new ArrayList<>();
        assertThat(missing(rule.apply(defective, warnings))).containsExactlyElementsOf(injected);
        assertThat(warnings).hasSize(1);
    }
}
