package org.heavylegs.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compression and reader choice: by content, never by name; gzip within limits. */
class ActivityFilesTest {

    @TempDir
    Path dir;

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private static UnreadableFileException refused(Path file) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class, () -> ActivityFiles.read(file));
        assertThat(e).as("%s must be refused", file).isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        return e;
    }

    @Test
    void gzippedCorpusFilesReadLikeThePlainOnes() throws Exception {
        for (String name : List.of("heartandsole/tests/testdata.tcx", "heartandsole/tests/testdata.gpx")) {
            Path plain = Corpus.file(name);
            Path gz = Files.write(dir.resolve(plain.getFileName() + ".gz"), gzip(Files.readAllBytes(plain)));
            Activity a = ActivityFiles.read(plain).get(0);
            Activity b = ActivityFiles.read(gz).get(0);
            assertThat(b.source()).isEqualTo(gz.toString());
            assertThat(b.format()).isEqualTo(a.format());
            assertThat(b.streams().time()).containsExactly(a.streams().time());
            assertThat(Totals.of(b)).isEqualTo(Totals.of(a));
        }
    }

    @Test
    void gzipBombIsRefused() throws Exception {
        // 64 MiB of one repeated line gzips to about 200 KB: 300 times its size, above the 200x limit.
        byte[] line = "<trkpt lat=\"48\" lon=\"11\"></trkpt>\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("<gpx><trk><trkseg>".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < (64 << 20) / line.length; i++) {
                gz.write(line);
            }
        }
        Path bomb = Files.write(dir.resolve("bomb.gpx.gz"), out.toByteArray());
        assertThat(Files.size(bomb) * ActivityFiles.MAX_EXPANSION_RATIO).isLessThan(64L << 20);
        UnreadableFileException e = refused(bomb);
        assertThat(e.kind()).isEqualTo(UnreadableFileException.Kind.BAD_COMPRESSION);
        assertThat(e.reason()).contains("zip bomb");
    }

    /**
     * Broken gzip is refused: damaged compressed data, and a gzip cut off before anything of it can
     * be decompressed. (A gzip cut off later gives the part before the cut, read as the same cut
     * plain file would be: below.)
     */
    @Test
    void brokenGzipIsRefused() throws Exception {
        byte[] gz = gzip(Files.readAllBytes(Corpus.file("heartandsole/tests/testdata.gpx")));
        Path headOnly = Files.write(dir.resolve("head.gpx.gz"), java.util.Arrays.copyOf(gz, 12));
        assertThat(refused(headOnly).kind()).isEqualTo(UnreadableFileException.Kind.BAD_COMPRESSION);
        assertThat(refused(headOnly).reason()).contains("broken gzip data");

        byte[] damaged = gz.clone();
        for (int i = 10; i < 40; i++) {
            damaged[i] = (byte) 0xff;
        }
        Path bad = Files.write(dir.resolve("damaged.gpx.gz"), damaged);
        assertThat(refused(bad).kind()).isEqualTo(UnreadableFileException.Kind.BAD_COMPRESSION);
    }

    @Test
    void aGzippedGpxCutOffIsReadLikeTheCutPlainGpx() throws Exception {
        byte[] gpx = Files.readAllBytes(Corpus.file("heartandsole/tests/testdata.gpx"));
        byte[] gz = gzip(gpx);
        Path cut = Files.write(dir.resolve("cut.gpx.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        List<Activity> read = ActivityFiles.read(cut);
        assertThat(read).hasSize(1);
        assertThat(String.join("; ", read.get(0).warnings())).contains("XML breaks off");
    }

    /**
     * A .fit.gz cut off in a download holds the first part of the recording, as a cut .fit does;
     * the cut .fit keeps the messages before the cut (with the decoder's warning), so the cut
     * .fit.gz must too instead of losing the whole run. A cut file whose part cannot be read (a GPX
     * without its end, above) is still refused as broken gzip.
     */
    @Test
    void aGzippedFitCutOffKeepsTheRecordsBeforeTheCutLikeACutPlainFit() throws Exception {
        byte[] fit = Files.readAllBytes(Corpus.file("python-fitparse/activity-small-fenix2-run.fit"));
        Activity whole = ActivityFiles.read("whole.fit", fit).get(0);
        byte[] gz = gzip(fit);
        Path cut = Files.write(dir.resolve("cut.fit.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));

        List<Activity> read = ActivityFiles.read(cut);

        assertThat(read).hasSize(1);
        Activity part = read.get(0);
        assertThat(part.start()).isEqualTo(whole.start());
        assertThat(part.streams().size()).isGreaterThan(100).isLessThan(whole.streams().size());
        assertThat(String.join("; ", part.warnings())).contains("ends inside a message");
    }

    @Test
    void garbageAndEmptyFilesAreUnknownFormat() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 'x';
        for (Path p : List.of(Files.write(dir.resolve("noise.tcx"), noise),
                Files.write(dir.resolve("empty.gpx"), new byte[0]),
                Files.writeString(dir.resolve("page.gpx"), "<!DOCTYPE html><html><body>gpx</body></html>"),
                Files.write(dir.resolve("noise.gz"), gzip(noise)))) {
            UnreadableFileException e = refused(p);
            assertThat(e.kind()).as(p.toString()).isEqualTo(UnreadableFileException.Kind.UNKNOWN_FORMAT);
            assertThat(e.reason()).contains("by content");
            assertThat(e.reason().startsWith("empty file (0 bytes)")).as(p.toString()).isEqualTo(p.endsWith("empty.gpx"));
        }
    }

    @Test
    void readerIsChosenByContentNotByName() throws Exception {
        Path gpxNamedFit = Files.copy(Corpus.file("heartandsole/tests/testdata.gpx"), dir.resolve("run.fit"));
        Path tcxNamedGpx = Files.copy(Corpus.file("heartandsole/tests/testdata.tcx"), dir.resolve("run.gpx"));
        Path tcxNoExtension = Files.copy(Corpus.file("heartandsole/tests/testdata.tcx"), dir.resolve("run"));
        assertThat(ActivityFiles.read(gpxNamedFit).get(0).format()).isEqualTo(SourceFormat.GPX);
        assertThat(ActivityFiles.read(tcxNamedGpx).get(0).format()).isEqualTo(SourceFormat.TCX);
        assertThat(ActivityFiles.read(tcxNoExtension).get(0).format()).isEqualTo(SourceFormat.TCX);
    }

    @Test
    void missingFileIsAnIoRefusal() {
        assertThat(refused(dir.resolve("nope.tcx")).kind()).isEqualTo(UnreadableFileException.Kind.IO);
    }
}
