package org.heavylegs.formats.folder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.archive.ArchiveLimits;
import org.heavylegs.formats.archive.ArchiveRefusal;
import org.heavylegs.formats.archive.Member;
import org.heavylegs.formats.archive.Walker;
import org.heavylegs.formats.export.ExportFile;
import org.heavylegs.formats.export.GarminWellness;

/**
 * The zips of activities/ (DESIGN.md 2.2): a Garmin or Strava export, or any zip of FIT, TCX and GPX
 * files, nested zips too, read as if its files were unpacked there. The archive {@link Walker}
 * reads the members in memory, nothing is extracted, and it refuses unsafe names (zip-slip), zip
 * bombs and broken data naming the entry, while every valid member is still used. Members are named
 * as the importer names them: "ZIP!/entry", "ZIP!/part.zip!/entry".
 */
public final class FolderZips {

    /** Separates archive levels in a member's name (the importer's convention). */
    public static final String LEVEL = "!/";

    private FolderZips() {
    }

    /**
     * Why {@code zip} is not a zip archive (by its first bytes), or null when it starts like one.
     * An empty zip (only its end record) counts as a zip.
     */
    public static String notAZip(Path zip) {
        byte[] head;
        try (InputStream in = Files.newInputStream(zip)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            return "cannot read: " + e.getMessage();
        }
        return Walker.startsLikeZip(head) ? null : "not a zip archive (it does not start with a zip signature); not read";
    }

    /** What {@link #walk} finds in a zip, each named "ZIP!/entry" with ZIP as given. */
    public interface Found {
        /** A member the walk accepted: its name, its path inside its archive, its plain bytes. */
        void member(String name, String path, byte[] bytes);

        /** A member or entry that was refused (zip-slip name, bomb, broken data), and why. */
        void refused(String name, String reason);
    }

    /**
     * Walks one zip (nested zips too) within {@link ArchiveLimits#DEFAULT}, giving {@code found} the
     * members whose paths {@code wanted} accepts and everything refused, named from {@code zip} as
     * given (the walker names refusals from its absolute path). Nothing is extracted.
     */
    public static void walk(Path zip, java.util.function.Predicate<String> wanted, Found found) {
        String absolute = zip.toAbsolutePath().normalize().toString();
        String shown = zip.toString();
        new Walker(ArchiveLimits.DEFAULT, wanted).walk(List.of(zip),
                new Walker.Visitor() {
                    @Override
                    public void member(Member m) {
                        found.member(shown + LEVEL + String.join(LEVEL, m.chain().subList(1, m.chain().size())), m.path(), m.bytes());
                    }

                    @Override
                    public void refused(ArchiveRefusal r) {
                        found.refused(r.name().startsWith(absolute) ? shown + r.name().substring(absolute.length()) : r.name(),
                                r.reason());
                    }
                });
    }

    /**
     * Walks one zip and reads its activity members with {@code source}, in archive order; refusals
     * are named from {@code zip} as given.
     */
    static List<ZipMember> read(Path zip, ZoneId zone, AthleteFolder.ActivitySource source) {
        List<ZipMember> out = new ArrayList<>();
        walk(zip, FolderZips::isRead, new Found() {
            @Override
            public void member(String name, String path, byte[] bytes) {
                ExportFile kind = ExportFile.of(path);
                if (kind.isGarminWellness()) {
                    out.add(wellness(name, kind, bytes));
                    return;
                }
                try {
                    out.add(ZipMember.read(name, summaries(source.read(name, bytes), zone)));
                } catch (UnreadableFileException e) {
                    out.add(ZipMember.refused(name, AthleteFolder.reason(e)));
                } catch (RuntimeException e) {
                    out.add(ZipMember.refused(name, AthleteFolder.internal(e)));
                }
            }

            @Override
            public void refused(String name, String reason) {
                out.add(ZipMember.refused(name, reason));
            }
        });
        return out;
    }

    /**
     * True for the members of a zip the folder reads: activity files and the wellness JSON of a
     * Garmin export (not Strava's activities.csv: runs.csv is the folder's run log).
     */
    public static boolean isRead(String path) {
        ExportFile kind = ExportFile.of(path);
        return kind == ExportFile.ACTIVITY || kind.isGarminWellness();
    }

    /** A Garmin wellness file: its days and warnings, or refused with the reason the importer gives. */
    static ZipMember wellness(String name, ExportFile kind, byte[] json) {
        try {
            GarminWellness.Result r = GarminWellness.read(name, kind, json);
            return ZipMember.wellness(name, r.days(), r.warnings());
        } catch (UnreadableFileException e) {
            return ZipMember.refused(name, e.reason());
        } catch (RuntimeException e) {
            return ZipMember.refused(name, AthleteFolder.internal(e));
        }
    }

    /**
     * A Garmin wellness file lying in activities/ (an unpacked export), read within the size a
     * zip member may have ({@link ArchiveLimits#DEFAULT}); named by {@code file} as given.
     */
    static ZipMember wellnessFile(Path file) {
        String name = file.toString();
        long max = ArchiveLimits.DEFAULT.maxMemberBytes();
        byte[] json;
        try (InputStream in = Files.newInputStream(file)) {
            json = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            return ZipMember.refused(name, "cannot read: " + e.getMessage());
        }
        if (json.length > max) {
            return ZipMember.refused(name, "larger than " + max + " bytes; not read");
        }
        return wellness(name, ExportFile.of(file.getFileName().toString()), json);
    }

    /** Each activity summarised ({@link RunSummary#of}); one without a start gets a summary with a null start. */
    static List<RunSummary> summaries(List<Activity> activities, ZoneId zone) {
        List<RunSummary> out = new ArrayList<>(activities.size());
        for (Activity a : activities) {
            out.add(a.start() == null
                    ? new RunSummary(a.source(), a.sport(), a.subSport(), null, null, Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, Double.NaN, null, null)
                    : RunSummary.of(a, zone));
        }
        return out;
    }

    /**
     * The plain bytes of the member a source names ("ZIP!/entry", nested levels too), read again
     * from the zip without extracting anything, for reloading one activity's samples; empty when
     * {@code source} names no member of a zip on disk (a plain file), or it cannot be found.
     * Only members the walk accepted are ever asked for; each level is still read within
     * {@link ArchiveLimits#DEFAULT}'s member size.
     */
    public static Optional<byte[]> member(String source) {
        int cut = source.indexOf(LEVEL);
        if (cut < 0) {
            return Optional.empty();
        }
        Path zip = Path.of(source.substring(0, cut));
        if (!Files.isRegularFile(zip)) {
            return Optional.empty();
        }
        List<String> entries = Arrays.asList(source.substring(cut + LEVEL.length()).split(LEVEL, -1));
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry first = file.getEntry(entries.get(0));
            if (first == null) {
                return Optional.empty();
            }
            InputStream in = file.getInputStream(first);
            for (String entry : entries.subList(1, entries.size())) {
                ZipInputStream nested = new ZipInputStream(in);
                ZipEntry e;
                while ((e = nested.getNextEntry()) != null && !e.getName().equals(entry)) {
                    // skip to the entry
                }
                if (e == null) {
                    return Optional.empty();
                }
                in = nested;
            }
            long max = ArchiveLimits.DEFAULT.maxMemberBytes();
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return bytes.length > max ? Optional.empty() : Optional.of(bytes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
