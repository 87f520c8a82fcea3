package org.heavylegs.formats.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.fit.FitReader;
import org.junit.jupiter.api.Test;

/**
 * One test per data defect seen in the real corpus: the cleaning rules (core/clean, docs/cleaning.md)
 * repair it on the file as read, with a warning that names the rule. Expected counts come from
 * decoding the files with the Garmin SDK (the cleaning helper's survey) and are checked here against
 * the raw decode as well, so a change in the decoder shows up as a clear difference.
 */
class CleaningOnCorpusTest {

    private static List<Activity> read(String name) throws Exception {
        return ActivityFiles.read(Corpus.file(name));
    }

    private static List<Activity> raw(String name) throws Exception {
        return new FitReader().read(name, java.nio.file.Files.readAllBytes(Corpus.file(name)));
    }

    private static long count(double[] column, java.util.function.DoublePredicate p) {
        return column == null ? 0 : java.util.Arrays.stream(column).filter(p).count();
    }

    @Test
    void duplicateTimestampsOfSuuntoPositionRecordsAreMerged() throws Exception {
        String name = "fit-parser/test/test2.fit";
        Activity raw = raw(name).get(0);
        Activity a = read(name).get(0);
        assertThat(raw.streams().size() - a.streams().size()).isEqualTo(924);
        assertThat(a.warnings()).contains("negative_time_steps: 924 samples with the time of the previous one merged into it");
        double[] t = a.streams().time();
        for (int i = 1; i < t.length; i++) {
            assertThat(t[i]).isGreaterThan(t[i - 1]);
        }
    }

    @Test
    void oneSecondStepsBackInAMultisportRunAreDropped() throws Exception {
        Activity run = read("python-fitparse/activity-large-fenxi2-multisport.fit").get(2);
        assertThat(run.sport()).isEqualTo("running");
        assertThat(run.warnings()).anyMatch(w -> w.contains("2 samples going back in time dropped (largest step back 1 s)"));
    }

    @Test
    void gpsOutlierAtTheStartIsSetMissing() throws Exception {
        String name = "python-fitparse/activity-small-fenix2-run.fit";
        Activity a = read(name).get(0);
        Activity raw = raw(name).get(0);
        assertThat(raw.streams().get(Channel.LATITUDE_DEG)[9]).isFinite();
        assertThat(a.streams().get(Channel.LATITUDE_DEG)[9]).isNaN();
        assertThat(a.warnings()).anyMatch(w -> w.startsWith("gps_jumps: 1 of 2809 positions set missing"));
    }

    @Test
    void heartRateZerosAreSetMissing() throws Exception {
        String name = "python-fitparse/nick.fit";
        long zerosRaw = count(raw(name).get(0).streams().get(Channel.HEART_RATE_BPM), v -> v == 0);
        Activity a = read(name).get(0);
        assertThat(zerosRaw).isEqualTo(4);
        assertThat(count(a.streams().get(Channel.HEART_RATE_BPM), v -> v == 0)).isZero();
        assertThat(a.warnings()).anyMatch(w -> w.equals("heart_rate_artifacts: 4 samples set missing (4 at 0 bpm)"));
    }

    @Test
    void heartRateBelowThirtyIsSetMissing() throws Exception {
        Activity a = read("fit-parser/examples/downhill.fit").get(0);
        assertThat(count(a.streams().get(Channel.HEART_RATE_BPM), v -> v < 30)).isZero();
        assertThat(a.warnings()).contains("heart_rate_artifacts: 3 samples set missing (3 below 30 bpm)");
    }

    @Test
    void aHeartRateChannelOfOnlyZerosIsRemoved() throws Exception {
        String name = "python-fitparse/null_compressed_speed_dist.fit";
        assertThat(raw(name).get(0).streams().has(Channel.HEART_RATE_BPM)).isTrue();
        Activity a = read(name).get(0);
        assertThat(a.streams().has(Channel.HEART_RATE_BPM)).isFalse();
        assertThat(a.warnings()).anyMatch(w -> w.endsWith("no valid heart rate left, channel removed"));
    }
}
