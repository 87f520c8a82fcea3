package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.UnreadableFileException.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every FIT file of the corpus either gives activities or is refused with a typed reason; nothing
 * else ever escapes. The refused files are listed here with why, so that a file starting or
 * stopping to be refused fails this test.
 */
class FitCorpusTest {

    /** Corpus files we refuse, with the kind of refusal and the reason. */
    static final Map<String, Kind> REFUSED = Map.ofEntries(
            // Workouts, settings, weight scale, monitoring: valid FIT files that hold no activity.
            Map.entry("FitFileParser/Tests/FitFileParserSwiftTests/samples/2023-01-13_heartratef.fit", Kind.NO_ACTIVITY),
            Map.entry("python-fitparse/WorkoutCustomTargetValues.fit", Kind.NO_ACTIVITY),
            Map.entry("python-fitparse/WorkoutIndividualSteps.fit", Kind.NO_ACTIVITY),
            Map.entry("python-fitparse/WorkoutRepeatGreaterThanStep.fit", Kind.NO_ACTIVITY),
            Map.entry("python-fitparse/WorkoutRepeatSteps.fit", Kind.NO_ACTIVITY),
            Map.entry("python-fitparse/Settings.fit", Kind.NO_ACTIVITY),
            Map.entry("python-fitparse/Settings2.fit", Kind.NO_ACTIVITY),
            Map.entry("python-fitparse/nametest.FIT", Kind.NO_ACTIVITY),
            Map.entry("python-fitparse/WeightScaleMultiUser.fit", Kind.NO_ACTIVITY),
            Map.entry("python-fitparse/WeightScaleSingleUser.fit", Kind.NO_ACTIVITY),
            Map.entry("python-fitparse/MonitoringFile.fit", Kind.NO_ACTIVITY),
            // A course is a planned route (its records are the route's points and a virtual
            // partner's times), not something the athlete did: counting it would fake a run.
            Map.entry("heartandsole/tests/testcourse.fit", Kind.NO_ACTIVITY),
            // The SDK's developer-data example: three records without any timestamp and no
            // session, so nothing in it can be placed in time.
            Map.entry("python-fitparse/DeveloperData.fit", Kind.NO_ACTIVITY));

    static Stream<Path> files() {
        return Corpus.files("fit").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void givesActivitiesOrATypedRefusal(Path file) throws IOException {
        String name = Corpus.name(file);
        byte[] data = Files.readAllBytes(file);
        List<Activity> activities;
        try {
            activities = new FitReader().read(name, data);
        } catch (UnreadableFileException e) {
            assertThat(REFUSED).as(name + " was refused: " + e.getMessage()).containsKey(name);
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(REFUSED.get(name));
            assertThat(e.getMessage()).startsWith(name + ": ");
            return;
        } catch (RuntimeException e) {
            throw new AssertionError(name + " escaped with " + e, e);
        }
        if (REFUSED.containsKey(name)) {
            fail(name + " should be refused but gave " + activities.size() + " activities");
        }
        assertThat(activities).as(name).isNotEmpty();
        for (Activity a : activities) {
            checkConsistent(name, a);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsTheSameThroughActivityFiles(Path file) throws IOException {
        String name = Corpus.name(file);
        try {
            List<Activity> viaFiles = ActivityFiles.read(file);
            List<Activity> direct = new FitReader().read(name, Files.readAllBytes(file));
            assertThat(viaFiles).hasSameSizeAs(direct);
            for (int i = 0; i < direct.size(); i++) {
                // ActivityFiles is the reader followed by the lenient cleaning rules
                Activity cleaned = org.heavylegs.core.clean.Cleaner.clean(direct.get(i));
                assertThat(viaFiles.get(i).streams().size()).isEqualTo(cleaned.streams().size());
                assertThat(viaFiles.get(i).warnings()).containsExactlyElementsOf(cleaned.warnings());
            }
        } catch (UnreadableFileException e) {
            assertThat(REFUSED).as(e.getMessage()).containsKey(name);
        }
    }

    /** What every activity we give out must satisfy, whatever the file was like. */
    static void checkConsistent(String name, Activity a) {
        assertThat(a.sport()).as(name).matches("[a-z0-9_]+");
        assertThat(a.subSport()).as(name).matches("[a-z0-9_]+");
        assertThat(a.start()).as(name + " start").isNotNull();
        double[] t = a.streams().time();
        for (double v : t) {
            assertThat(v).as(name + " time").isFinite();
        }
        for (Channel c : a.streams().channels()) {
            double[] col = a.streams().get(c);
            assertThat(col).as(name + " " + c.key()).hasSize(t.length);
            assertThat(Stream.of(col).flatMapToDouble(java.util.Arrays::stream).anyMatch(Double::isFinite))
                    .as(name + " " + c.key() + " present but empty").isTrue();
        }
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (Pause p : a.pauses()) {
            assertThat(p.startS()).as(name + " pauses in order").isGreaterThanOrEqualTo(previousEnd);
            previousEnd = p.endS();
        }
        // RR intervals are kept as the device gave them (hrv messages hold gaps of several seconds
        // too; repairing them is a cleaning rule's job): positive and within a uint16 of ms.
        for (double rr : a.rrS()) {
            assertThat(rr).as(name + " RR interval").isGreaterThan(0).isLessThan(65.536);
        }
    }
}
