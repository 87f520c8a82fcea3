package org.heavylegs.formats.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random damage to real TCX and GPX files (cuts, flipped bytes, stray markup): every
 * outcome is either activities or a typed refusal, never another exception; and a cut file never
 * yields more samples than the whole one.
 */
class MangledXmlTest {

    private static final String[] FILES = {"heartandsole/tests/testdata.tcx", "heartandsole/tests/testdata.gpx",
        "connectstats/ConnectStatsTests/samples/tcx/activity_217470507.tcx"};
    private static final byte[] STRAY = "<&>\"']/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static Stream<Arguments> seeds() {
        return IntStream.range(0, 150).mapToObj(seed -> Arguments.of(seed, FILES[seed % FILES.length]));
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("seeds")
    void damageGivesActivitiesOrATypedRefusal(int seed, String name) throws Exception {
        byte[] whole = Files.readAllBytes(Corpus.file(name));
        int wholeSamples = ActivityFiles.read(name, whole).get(0).streams().size();
        Random rnd = new Random(seed);
        byte[] damaged;
        boolean cutOnly = seed % 3 == 0;
        if (cutOnly) {
            damaged = Arrays.copyOf(whole, rnd.nextInt(whole.length));
        } else {
            damaged = whole.clone();
            for (int k = 0; k < 1 + rnd.nextInt(5); k++) {
                int at = rnd.nextInt(damaged.length);
                damaged[at] = seed % 3 == 1 ? (byte) rnd.nextInt(256) : STRAY[rnd.nextInt(STRAY.length)];
            }
        }
        try {
            List<Activity> read = ActivityFiles.read(name, damaged);
            assertThat(read).isNotEmpty();
            for (Activity a : read) {
                Totals.of(a);
                if (cutOnly) {
                    assertThat(a.streams().size()).isLessThanOrEqualTo(wholeSamples);
                }
            }
        } catch (UnreadableFileException e) {
            assertThat(e.kind()).isNotNull();
            assertThat(e.getMessage()).startsWith(name + ": ");
        }
    }
}
