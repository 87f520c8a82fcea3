package org.heavylegs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.MetricResults;
import org.heavylegs.core.metric.Metrics;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.export.ExportFile;
import org.heavylegs.formats.folder.FolderZips;
import org.heavylegs.formats.folder.AthleteYaml;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.report.inspect.InspectJson;
import org.heavylegs.report.inspect.InspectTable;
import org.heavylegs.report.inspect.Inspected;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code heavylegs inspect FILE...}: one summary per activity in each file. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Summarise every activity in the given files (FIT, TCX, GPX, also .gz, and the "
                + "activity files in zips such as Garmin and Strava exports; folders are searched recursively), with totals computed from the samples and the per-run "
                + "metrics; every assumption made for them is listed.")
public final class InspectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Activity files, zips of them, or folders.")
    List<Path> files;

    @Option(names = "--json", description = "Print a JSON array (DESIGN.md 2.4) instead of a table.")
    boolean json;

    @Option(names = "--athlete", paramLabel = "YAML",
            description = "An athlete.yaml (DESIGN.md 2.2) whose hr_max, hr_rest, threshold_hr, threshold_pace, "
                    + "sex, birth_year and body_mass_kg replace the documented defaults.")
    Path athleteYaml;

    @Option(names = "--details", description = "In the table, also list each metric that does not apply, with the reason.")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Inspected> rows = new ArrayList<>();
        int refused = 0;
        Athlete athlete = Athlete.UNKNOWN;
        if (athleteYaml != null) {
            AthleteYaml.Result profile = readProfile(athleteYaml);
            for (InputProblem p : profile.problems()) {
                err.println((p.refused() ? "refused: " : "warning: ") + p);
                refused += p.refused() ? 1 : 0;
            }
            athlete = profile.athlete();
        }
        for (Path file : expand(files, err)) {
            if (isZip(file)) {
                refused += inspectZip(file, athlete, rows, err);
                continue;
            }
            try {
                for (Activity a : ActivityFiles.read(file)) {
                    rows.add(inspect(a, athlete));
                }
            } catch (UnreadableFileException e) {
                err.println("refused: " + e.getMessage());
                refused++;
            }
        }
        if (missing > 0) {
            refused += missing;
        }
        out.print(json ? InspectJson.render(rows) + System.lineSeparator() : InspectTable.render(rows, details));
        out.flush();
        if (refused > 0) {
            // a bad --athlete profile counts one per refused row, so not only files
            err.println(refused + " file(s) or row(s) could not be used; " + rows.size()
                    + (rows.size() == 1 ? " activity" : " activities") + " read from the rest.");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    private int missing;

    /**
     * Totals and per-run metrics of one activity. Without an athlete profile every parameter is a
     * documented default (hr_max raised to the activity's highest heart rate), and the output lists
     * each assumption.
     */
    static Inspected inspect(Activity a, Athlete athlete) {
        Totals totals = Totals.of(a);
        LocalDate date = a.start() == null ? LocalDate.EPOCH : a.start().atZone(ZoneOffset.UTC).toLocalDate();
        Physiology physiology = Physiology.resolve(athlete, date, List.of(), totals.maxHeartRateBpm());
        MetricResults results = Metrics.compute(MetricContext.of(a, physiology));
        return Inspected.of(a, totals, results, physiology.assumptions());
    }

    /** The profile of --athlete; an unreadable file is one refused problem, the defaults then apply. */
    static AthleteYaml.Result readProfile(Path yaml) {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        try {
            if (Files.size(yaml) > AthleteYaml.MAX_CODE_POINTS * 4L) {
                return new AthleteYaml.Result(Athlete.UNKNOWN, null,
                        List.of(InputProblem.refused(yaml.toString(), 0, "too large for a profile; not used")));
            }
            return AthleteYaml.parse(yaml.toString(), Files.readString(yaml), tomorrow);
        } catch (java.nio.file.NoSuchFileException e) {
            // its message is only the path, which the problem names already
            return new AthleteYaml.Result(Athlete.UNKNOWN, null,
                    List.of(InputProblem.refused(yaml.toString(), 0, "no such file; defaults used")));
        } catch (IOException | java.io.UncheckedIOException e) {
            return new AthleteYaml.Result(Athlete.UNKNOWN, null,
                    List.of(InputProblem.refused(yaml.toString(), 0, "cannot be read (" + e.getMessage() + "); defaults used")));
        }
    }

    /** True when the file starts like a zip archive (by content, as the folder and the importer tell). */
    private static boolean isZip(Path file) {
        return FolderZips.notAZip(file) == null; // one that cannot be read: reading it as an activity names the reason
    }

    /**
     * The activity files in a zip (a Strava or Garmin export, nested zips too), read in memory within
     * the archive limits, each named "ZIP!/entry" as the athlete folder names it; other members are
     * skipped; a broken member or an unsafe entry is refused by name and the rest is read.
     *
     * @return how many members or entries were refused
     */
    private static int inspectZip(Path zip, Athlete athlete, List<Inspected> rows, PrintWriter err) {
        int[] refused = {0};
        FolderZips.walk(zip, p -> ExportFile.of(p) == ExportFile.ACTIVITY, new FolderZips.Found() {
            @Override
            public void member(String name, String path, byte[] bytes) {
                try {
                    for (Activity a : ActivityFiles.read(name, bytes)) {
                        rows.add(inspect(a, athlete));
                    }
                } catch (UnreadableFileException e) {
                    err.println("refused: " + e.getMessage());
                    refused[0]++;
                }
            }

            @Override
            public void refused(String name, String reason) {
                err.println("refused: " + name + ": " + reason);
                refused[0]++;
            }
        });
        return refused[0];
    }

    /** True for a file or folder whose name starts with a dot (the folder's cache .heavylegs/, .DS_Store). */
    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Files as given, folders walked recursively (sorted; hidden files and folders skipped), missing paths reported. */
    private List<Path> expand(List<Path> paths, PrintWriter err) {
        List<Path> result = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    List<Path> inFolder = walk.filter(Files::isRegularFile).filter(f -> !hidden(p, f)).sorted().toList();
                    if (inFolder.isEmpty()) {
                        // nothing to inspect is not success: say so, as trends and diagnose do for an empty folder
                        err.println("refused: " + p + ": the folder holds no file (expected .fit, .tcx or .gpx, also .gz)");
                        missing++;
                    }
                    result.addAll(inFolder);
                } catch (IOException | java.io.UncheckedIOException e) {
                    err.println("refused: " + p + ": cannot list folder: " + e.getMessage());
                    missing++;
                }
            } else if (Files.isRegularFile(p)) {
                result.add(p);
            } else {
                err.println("refused: " + p + ": no such file");
                missing++;
            }
        }
        return result;
    }
}
