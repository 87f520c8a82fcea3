package org.heavylegs.formats.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.heavylegs.core.activity.Pause;
import org.junit.jupiter.api.Test;

class TimerPausesTest {

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }

    @Test
    void largestJumpsTakeTheStoppedTimeLapByLap() {
        // Lap 1: samples 0..3 at 0, 5, 25, 30 s (jumps 5, 20, 5); lap 2 from 40 s: 40, 41, 71, 72.
        double[] t = {0, 5, 25, 30, 40, 41, 71, 72};
        List<TimerPauses.LapSpan> laps = List.of(
                new TimerPauses.LapSpan(0, 4, 0, 40, 22),      // 18 s stopped: on the 20 s jump
                new TimerPauses.LapSpan(4, 8, 40, 32, 32));    // ran throughout: the 30 s jump is not a pause
        ReadNotes notes = new ReadNotes();
        assertThat(TimerPauses.infer(t, bits(0, 4), laps, notes)).containsExactly(new Pause(7, 25));
        assertThat(notes.lines()).isEmpty();
    }

    @Test
    void jumpOutOfTheLapCountsAndIsNotUsedTwice() {
        // The stop lies between lap 1's last point (10 s) and lap 2's first (50 s); lap 2 starts at 11 s.
        double[] t = {0, 10, 50, 60};
        List<TimerPauses.LapSpan> laps = List.of(
                new TimerPauses.LapSpan(0, 2, 0, 11, 11),
                new TimerPauses.LapSpan(2, 4, 11, 49, 20));
        ReadNotes notes = new ReadNotes();
        assertThat(TimerPauses.infer(t, bits(0, 2), laps, notes)).containsExactly(new Pause(21, 50));
    }

    @Test
    void stoppedTimeWithoutAJumpIsNoted() {
        double[] t = {0, 1, 2, 3};
        ReadNotes notes = new ReadNotes();
        assertThat(TimerPauses.infer(t, bits(0), List.of(new TimerPauses.LapSpan(0, 4, 0, 3 + 60, 3)), notes)).isEmpty();
        assertThat(notes.lines()).containsExactly(
                "laps whose stopped-timer time found no clock jump to sit on, so our timer reads high there: 1 (first: lap 1, 60 s)");
    }

    @Test
    void roundingIsNotAPause() {
        double[] t = {0, 3, 6};
        List<TimerPauses.LapSpan> laps = List.of(new TimerPauses.LapSpan(0, 3, 0, 6, 5.4));
        assertThat(TimerPauses.infer(t, bits(0), laps, new ReadNotes())).isEmpty();
    }

    @Test
    void segmentBreaksWithoutLapsArePauses() {
        double[] t = {0, 1, 30, 31, 31, 40};
        assertThat(TimerPauses.infer(t, bits(0, 2, 4), List.of(), new ReadNotes())).containsExactly(new Pause(1, 30));
    }
}
