package org.heavylegs.formats.fit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.formats.UnreadableFileException;

/**
 * A SHA-256 over everything {@link FitReader} gives for one file: every field of every activity
 * (each double by its raw bits, so NaN payloads and -0.0 count) or, for a refused file, the kind,
 * reason and offset of the refusal. Two decoders that give the same digest for a file give the
 * same output for it, bit for bit. {@code main(LIST)} prints "digest path" for each file of a list
 * (one path a line), to compare a decoder with an earlier one on files that are not committed,
 * such as the ten-year athlete (docs/performance.md).
 */
public final class FitOutputDigest {

    private FitOutputDigest() {
    }

    public static void main(String[] args) throws IOException {
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                System.out.println(of(line, Files.readAllBytes(Path.of(line))) + " " + line);
            }
        }
    }

    /** The digest of what our reader gives for {@code data}, read under the name {@code source}. */
    public static String of(String source, byte[] data) {
        try {
            return of(new FitReader().read(source, data));
        } catch (UnreadableFileException e) {
            return refused(e);
        }
    }

    /** The digest of activities our reader gave (the same as {@link #of(String, byte[])} for their file). */
    static String of(List<Activity> activities) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(activities.size());
            for (Activity a : activities) {
                write(out, a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256(bytes.toByteArray());
    }

    /** The digest of a refusal (the same as {@link #of(String, byte[])} for its file). */
    static String refused(UnreadableFileException e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("refused " + e.kind() + " " + e.reason() + " " + e.offset());
        } catch (IOException e2) {
            throw new UncheckedIOException(e2);
        }
        return sha256(bytes.toByteArray());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(DataOutputStream out, Activity a) throws IOException {
        out.writeUTF(a.source());
        out.writeUTF(a.format().name());
        out.writeUTF(a.sport());
        out.writeUTF(a.subSport());
        out.writeUTF(String.valueOf(a.start()));
        doubles(out, a.streams().time());
        for (Channel c : Channel.values()) {
            out.writeBoolean(a.streams().has(c));
            if (a.streams().has(c)) {
                doubles(out, a.streams().get(c));
            }
        }
        out.writeInt(a.laps().size());
        for (Lap l : a.laps()) {
            doubles(out, new double[] {l.startS(), l.elapsedS(), l.timerS(), l.distanceM(), l.avgHeartRateBpm()});
        }
        out.writeInt(a.pauses().size());
        for (Pause p : a.pauses()) {
            doubles(out, new double[] {p.startS(), p.endS()});
        }
        doubles(out, a.rrS());
        Map<String, Double> summary = new TreeMap<>(a.summary().asMap());
        out.writeInt(summary.size());
        for (Map.Entry<String, Double> e : summary.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(Double.doubleToRawLongBits(e.getValue()));
        }
        out.writeUTF(String.valueOf(a.device().manufacturer()));
        out.writeUTF(String.valueOf(a.device().product()));
        out.writeInt(a.warnings().size());
        for (String w : a.warnings()) {
            out.writeUTF(w);
        }
    }

    private static void doubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeLong(Double.doubleToRawLongBits(v));
        }
    }
}
