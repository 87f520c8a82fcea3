package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged bytes never escape as anything but a typed refusal: corpus files mutated with seeded
 * randomness (flipped bits, overwritten bytes, cut, duplicated or deleted stretches, a broken
 * definition) are decoded, and every activity that comes out is consistent.
 */
class FitFuzzTest {
    private static final long SEED = 20_240_601L;
    private static final int CASES_PER_FILE = 60;

    /** Small files that between them have every feature: compressed headers, big-endian, developer fields, chains, hr logs. */
    private static final List<String> FILES = List.of(
            "python-fitparse/Activity.fit",
            "python-fitparse/compressed-speed-distance.fit",
            "python-fitparse/garmin-fenix-5-run.fit",
            "python-fitparse/elemnt-bolt-no-application-id-inside-developer-data-id.fit",
            "python-fitparse/activity-activity-filecrc.fit",
            "python-fitparse/event_timestamp.fit",
            "tormoder-fit/testdata/misc/unterminated-strings.fit",
            "muktihari-fit/testdata/from_official_sdk/activity_multisport.fit",
            "python-fitparse/Settings.fit");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        Random seeds = new Random(SEED);
        for (String file : FILES) {
            for (int i = 0; i < CASES_PER_FILE; i++) {
                out.add(Arguments.of(file, seeds.nextLong()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("cases")
    void mutatedFilesGiveActivitiesOrATypedRefusal(String file, long seed) throws IOException {
        byte[] data = mutate(FitQuirksTest.corpus(file), new Random(seed));
        List<Activity> activities;
        try {
            activities = new FitReader().read("fuzz.fit", data);
        } catch (UnreadableFileException e) {
            assertThat(e.kind()).isNotNull();
            assertThat(e.getMessage()).startsWith("fuzz.fit: ");
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(file + " with seed " + seed + " escaped with " + e, e);
        }
        assertThat(activities).isNotEmpty();
        for (Activity a : activities) {
            FitCorpusTest.checkConsistent("fuzz of " + file, a);
        }
    }

    static byte[] mutate(byte[] original, Random r) {
        byte[] d = original.clone();
        int kind = r.nextInt(7);
        int n = d.length;
        if (n == 0) {
            return d;
        }
        switch (kind) {
            case 0: // flip bits anywhere (header included)
                for (int i = 1 + r.nextInt(8); i > 0; i--) {
                    int at = r.nextInt(n);
                    d[at] ^= (byte) (1 << r.nextInt(8));
                }
                return d;
            case 1: // overwrite a stretch with random bytes
                int at = r.nextInt(n);
                for (int i = at; i < Math.min(n, at + 1 + r.nextInt(32)); i++) {
                    d[i] = (byte) r.nextInt(256);
                }
                return d;
            case 2: // cut anywhere
                return Arrays.copyOf(d, r.nextInt(n));
            case 3: { // delete a stretch (shifts everything after it)
                int from = r.nextInt(n);
                int len = Math.min(n - from, 1 + r.nextInt(16));
                byte[] out = new byte[n - len];
                System.arraycopy(d, 0, out, 0, from);
                System.arraycopy(d, from + len, out, from, n - from - len);
                return out;
            }
            case 4: { // duplicate a stretch
                int from = r.nextInt(n);
                int len = Math.min(n - from, 1 + r.nextInt(64));
                byte[] out = new byte[n + len];
                System.arraycopy(d, 0, out, 0, from + len);
                System.arraycopy(d, from, out, from + len, n - from);
                return out;
            }
            case 5: { // a definition message with an absurd field count or size
                int def = findDefinition(d, r);
                if (def >= 0) {
                    d[def + 5] = (byte) r.nextInt(256);
                    if (def + 7 < n) {
                        d[def + 7] = (byte) r.nextInt(256);
                    }
                }
                return d;
            }
            default: // the header's data size
                if (n > 8) {
                    d[4 + r.nextInt(4)] = (byte) r.nextInt(256);
                }
                return d;
        }
    }

    /** Some byte that looks like a definition header, or -1. */
    private static int findDefinition(byte[] d, Random r) {
        int start = 14 + r.nextInt(Math.max(1, d.length - 20));
        for (int i = start; i + 8 < d.length; i++) {
            if ((d[i] & 0xC0) == 0x40 && d[i + 1] == 0 && (d[i + 2] == 0 || d[i + 2] == 1)) {
                return i;
            }
        }
        return -1;
    }
}
