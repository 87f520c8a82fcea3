package org.heavylegs.formats.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.export.ExportFile;

/**
 * Loads an athlete folder (DESIGN.md 2.2): athlete.yaml, activities/ (any depth; .fit, .tcx, .gpx,
 * also gzipped, and zips of them such as Garmin and Strava exports, read by {@link FolderZips}), wellness.csv, runs.csv and labs.csv, every part optional.
 * The wellness files of a Garmin export in activities/ (zipped or unpacked) add their days under wellness.csv's
 * ({@link ExportWellness}: the runner's log wins per day and value). Each activity is read,
 * summarised and dropped, so memory does not grow with the streams of thousands of runs. Every file
 * or row that could not be used is collected as a problem; nothing stops the loading.
 */
public final class AthleteFolder {

    public static final String ATHLETE_YAML = "athlete.yaml";
    /** Also accepted, for people who spell YAML that way. */
    public static final String ATHLETE_YML = "athlete.yml";
    public static final String ACTIVITIES = "activities";
    public static final String WELLNESS_CSV = "wellness.csv";
    public static final String RUNS_CSV = "runs.csv";
    public static final String LABS_CSV = "labs.csv";
    /** The zone of date-times without an offset when athlete.yaml names none (reported as an assumption). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    /** athlete.yaml larger than this is refused. */
    static final long MAX_YAML_BYTES = 1L << 20;

    private static final List<String> ACTIVITY_SUFFIXES = List.of(".fit", ".tcx", ".gpx", ".gz");
    private static final String ZIP = ".zip";
    /** The top folder of a Garmin "Export Your Data" archive (../shared/EXPORTS.md 1a). */
    private static final String GARMIN_EXPORT_ROOT = "DI_CONNECT";
    private static final List<String> KNOWN_ENTRIES = List.of(ATHLETE_YAML, ATHLETE_YML, ACTIVITIES, WELLNESS_CSV, RUNS_CSV, LABS_CSV);

    /** Reads one activity file; {@link ActivityFiles#read(Path)} unless a test gives another. */
    @FunctionalInterface
    public interface ActivitySource {
        List<Activity> read(Path file) throws UnreadableFileException;

        /**
         * Reads an activity file held in memory: a member of a zip of activities/, named
         * "ZIP!/entry" ({@link FolderZips}); {@link ActivityFiles#read(String, byte[])} unless overridden.
         */
        default List<Activity> read(String name, byte[] bytes) throws UnreadableFileException {
            return ActivityFiles.read(name, bytes);
        }
    }

    /**
     * The summaries of the activities of one file, in file order, for loaders that keep summaries
     * elsewhere (heavylegs-store's folder cache gives them without reading the file). A summary
     * whose {@code start} is null stands for an activity without a start time (refused by the
     * loader); dates are those in {@code zone}.
     */
    public interface SummarySource {
        List<RunSummary> read(Path file, ZoneId zone) throws UnreadableFileException;

        /**
         * The activity members and Garmin wellness files of a zip of activities/ and what of it was
         * refused, each named "ZIP!/entry" with ZIP as given ({@link ZipMember}); the loader takes
         * them in name order.
         */
        List<ZipMember> readZip(Path zip, ZoneId zone);

        /**
         * A Garmin wellness file lying loose in activities/ (an export unpacked there): its days
         * and warnings, or refused, named by {@code file} as given.
         */
        ZipMember readWellness(Path file);

        /** Reads the file with {@code source} and summarises each activity ({@link RunSummary#of}). */
        static SummarySource reading(ActivitySource source) {
            return new SummarySource() {
                @Override
                public List<RunSummary> read(Path file, ZoneId zone) throws UnreadableFileException {
                    return FolderZips.summaries(source.read(file), zone);
                }

                @Override
                public List<ZipMember> readZip(Path zip, ZoneId zone) {
                    return FolderZips.read(zip, zone, source);
                }

                @Override
                public ZipMember readWellness(Path file) {
                    return FolderZips.wellnessFile(file);
                }
            };
        }
    }

    /** True for a file of activities/ that the loader reads, zips included (by name; hidden files are skipped). */
    public static boolean isActivityFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(ZIP) || ACTIVITY_SUFFIXES.stream().anyMatch(name::endsWith));
    }

    /**
     * True for every file of activities/ that the loader reads: activity files and zips
     * ({@link #isActivityFile}), and the wellness JSON of a Garmin export unpacked there.
     */
    public static boolean isRead(Path file) {
        return isActivityFile(file) || isGarminWellness(file);
    }

    private static boolean isGarminWellness(Path file) {
        return ExportFile.of(file.getFileName().toString()).isGarminWellness();
    }

    /**
     * True for a file inside the layout of an unpacked Garmin export ("DI_CONNECT/..."), whose
     * other files (activity summaries, metrics, the user's profile) the loader skips without a
     * warning, as it does inside an export zip.
     */
    private static boolean inGarminExport(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().equals(GARMIN_EXPORT_ROOT)) {
                return true;
            }
        }
        return false;
    }

    private AthleteFolder() {
    }

    /**
     * @param clock gives "today" in the athlete's zone: rows and activities dated after it are refused
     */
    public static AthleteData load(Path dir, Clock clock) {
        return load(dir, clock, ActivityFiles::read);
    }

    public static AthleteData load(Path dir, Clock clock, ActivitySource activities) {
        return loadFrom(dir, clock, SummarySource.reading(activities));
    }

    /**
     * As {@link #load(Path, Clock, ActivitySource)}, with the activities' summaries from
     * {@code activities}: the same files are listed, and the same problems reported (refused files,
     * activities without start or in the future, the same activity twice).
     */
    public static AthleteData loadFrom(Path dir, Clock clock, SummarySource activities) {
        List<InputProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(InputProblem.refused(dir.toString(), 0, Files.exists(dir) ? "not a folder" : "no such folder"));
            return new AthleteData(Athlete.UNKNOWN, DEFAULT_ZONE, true, List.of(), List.of(), List.of(), List.of(), problems);
        }
        Athlete athlete = Athlete.UNKNOWN;
        ZoneId zone = null;
        Path yaml = Files.isRegularFile(dir.resolve(ATHLETE_YAML)) ? dir.resolve(ATHLETE_YAML) : dir.resolve(ATHLETE_YML);
        LocalDate utcToday = LocalDate.now(clock.withZone(DEFAULT_ZONE));
        if (Files.isRegularFile(yaml)) {
            String text = TextFile.read(yaml, yaml.toString(), MAX_YAML_BYTES, problems);
            if (text != null) {
                AthleteYaml.Result r = AthleteYaml.parse(yaml.toString(), text, utcToday.plusDays(1));
                athlete = r.athlete();
                zone = r.zone();
                problems.addAll(r.problems());
            }
        }
        boolean zoneAssumed = zone == null;
        ZoneId z = zoneAssumed ? DEFAULT_ZONE : zone;
        LocalDate today = LocalDate.now(clock.withZone(z));

        List<WellnessDay> wellness = List.of();
        String text = csv(dir.resolve(WELLNESS_CSV), problems);
        if (text != null) {
            Parsed<WellnessDay> p = WellnessCsv.parse(dir.resolve(WELLNESS_CSV).toString(), text, today);
            wellness = p.values();
            problems.addAll(p.problems());
        }
        List<RunLogEntry> runs = List.of();
        text = csv(dir.resolve(RUNS_CSV), problems);
        if (text != null) {
            Parsed<RunLogEntry> p = RunsCsv.parse(dir.resolve(RUNS_CSV).toString(), text, z, today);
            runs = p.values();
            problems.addAll(p.problems());
        }
        List<LabValue> labs = List.of();
        text = csv(dir.resolve(LABS_CSV), problems);
        if (text != null) {
            Parsed<LabValue> p = LabsCsv.parse(dir.resolve(LABS_CSV).toString(), text, today);
            labs = p.values();
            problems.addAll(p.problems());
        }
        ExportWellness exported = new ExportWellness();
        List<RunSummary> summaries = activities(dir.resolve(ACTIVITIES), z, today, activities, exported, problems);
        wellness = exported.under(wellness);
        warnUnknownEntries(dir, problems);
        return new AthleteData(athlete, z, zoneAssumed, summaries, wellness, runs, labs, problems);
    }

    private static String csv(Path file, List<InputProblem> problems) {
        return Files.isRegularFile(file) ? TextFile.read(file, file.toString(), CsvTable.MAX_BYTES, problems) : null;
    }

    private static List<RunSummary> activities(Path root, ZoneId zone, LocalDate today, SummarySource source,
                                               ExportWellness exported, List<InputProblem> problems) {
        List<RunSummary> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(InputProblem.refused(root.toString(), 0, "cannot list the folder: " + e.getMessage()));
            return out;
        }
        Map<String, String> seen = new HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(ZIP)) {
                zip(f, zone, today, source, seen, out, exported, problems);
                continue;
            }
            if (isGarminWellness(f)) {
                wellnessFile(f, source, today, exported, problems);
                continue;
            }
            if (ACTIVITY_SUFFIXES.stream().noneMatch(name::endsWith)) {
                if (!inGarminExport(root, f)) {
                    problems.add(InputProblem.warning(f.toString(), 0, "not an activity file (.fit, .tcx, .gpx, also .gz, .zip); ignored"));
                }
                continue;
            }
            List<RunSummary> read;
            try {
                read = source.read(f, zone);
            } catch (UnreadableFileException e) {
                problems.add(InputProblem.refused(f.toString(), 0, reason(e)));
                continue;
            } catch (RuntimeException e) {
                problems.add(InputProblem.refused(f.toString(), 0, internal(e)));
                continue;
            }
            use(f.toString(), read, today, seen, out, problems);
        }
        return out;
    }

    /**
     * A zip of activities/: its members in name order, each activity file used as a loose file
     * would be, the days of each Garmin wellness file added to {@code exported}.
     */
    private static void zip(Path f, ZoneId zone, LocalDate today, SummarySource source, Map<String, String> seen,
                            List<RunSummary> out, ExportWellness exported, List<InputProblem> problems) {
        String notAZip = FolderZips.notAZip(f);
        if (notAZip != null) {
            problems.add(InputProblem.refused(f.toString(), 0, notAZip));
            return;
        }
        List<ZipMember> members;
        try {
            members = new ArrayList<>(source.readZip(f, zone));
        } catch (RuntimeException e) {
            problems.add(InputProblem.refused(f.toString(), 0, internal(e)));
            return;
        }
        members.sort(java.util.Comparator.comparing(ZipMember::name));
        if (members.isEmpty()) {
            problems.add(InputProblem.warning(f.toString(), 0,
                    "holds no activity file (.fit, .tcx, .gpx, also .gz) and no Garmin wellness file; ignored"));
        }
        for (ZipMember m : members) {
            if (m.refusal() != null) {
                problems.add(InputProblem.refused(m.name(), 0, m.refusal()));
            } else {
                use(m.name(), m.runs(), today, seen, out, problems);
                exported.add(m, today, problems);
            }
        }
    }

    /** A loose Garmin wellness file: its days added to {@code exported}, as a zip's would be. */
    private static void wellnessFile(Path f, SummarySource source, LocalDate today, ExportWellness exported,
                                     List<InputProblem> problems) {
        ZipMember m;
        try {
            m = source.readWellness(f);
        } catch (RuntimeException e) {
            problems.add(InputProblem.refused(f.toString(), 0, internal(e)));
            return;
        }
        if (m.refusal() != null) {
            problems.add(InputProblem.refused(m.name(), 0, m.refusal()));
        } else {
            exported.add(m, today, problems);
        }
    }

    /** The activities of one file (or zip member): refused without start or in the future, the same one twice counted once. */
    private static void use(String file, List<RunSummary> read, LocalDate today, Map<String, String> seen,
                            List<RunSummary> out, List<InputProblem> problems) {
        for (RunSummary s : read) {
            Instant start = s.start();
            if (start == null) {
                problems.add(InputProblem.refused(file, 0, "the activity has no start time; not used"));
                continue;
            }
            if (s.date().isAfter(today)) {
                problems.add(InputProblem.refused(file, 0, "starts on " + s.date() + ", in the future (today is "
                        + today + "; is the device clock wrong?); not used"));
                continue;
            }
            String key = start + "|" + s.sport();
            if (seen.containsKey(key)) {
                problems.add(InputProblem.warning(file, 0, "same " + s.sport() + " activity (same start "
                        + start + ") as " + seen.get(key) + "; counted once"));
                continue;
            }
            seen.put(key, file);
            out.add(s);
        }
    }

    /** A reader's refusal as the loader and the importer word it. */
    static String reason(UnreadableFileException e) {
        return e.reason() + (e.offset() >= 0 ? " (at offset " + e.offset() + ")" : "");
    }

    /** A reader bug, named, so that it does not stop the loading. */
    static String internal(RuntimeException e) {
        return "could not be read (internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }

    /** Warns about files next to the known ones that look like misspelt or misplaced inputs. */
    private static void warnUnknownEntries(Path dir, List<InputProblem> problems) {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (KNOWN_ENTRIES.contains(name) || name.startsWith(".")) {
                    continue;
                }
                if (lower.endsWith(".csv") || lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                    problems.add(InputProblem.warning(p.toString(), 0, "not a file HeavyLegs reads (expected "
                            + String.join(", ", List.of(ATHLETE_YAML, WELLNESS_CSV, RUNS_CSV, LABS_CSV)) + "); ignored"));
                } else if (lower.endsWith(ZIP) || ACTIVITY_SUFFIXES.stream().anyMatch(lower::endsWith)) {
                    problems.add(InputProblem.warning(p.toString(), 0, "activity files are read from " + ACTIVITIES
                            + "/ only; move it there"));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(InputProblem.warning(dir.toString(), 0, "cannot list the folder: " + e.getMessage()));
        }
    }
}
