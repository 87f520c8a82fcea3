package org.heavylegs.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.analysis.ActivityReloader;
import org.heavylegs.core.analysis.Analysis;
import org.heavylegs.core.diagnosis.Diagnoser;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.formats.folder.FolderZips;

/**
 * The use case behind {@code diagnose} and {@code demo}: an athlete folder in, a diagnosis out. Loads
 * the folder, picks the focus run, re-reads the files of the recent runs for their streams (each file
 * once, the activity matched by start and sport), prepares the input and runs the diagnoser. The focus
 * file in the result is relative to the folder, as the user would find it.
 */
public final class FolderDiagnosis {

    /** What came out, with what went in (for the exit code and messages). */
    public record Result(AthleteData data, DiagnosisInput input, Diagnosis diagnosis) {
        /** True when some file or row of the folder was refused (the command then exits 3). */
        public boolean anyRefused() {
            return data.problems().stream().anyMatch(InputProblem::refused);
        }
    }

    /** The folder holds nothing dated to diagnose, or {@code --run} names no activity of it. */
    public static final class NothingToDiagnose extends Exception {
        private final transient List<InputProblem> problems;

        public NothingToDiagnose(String message, List<InputProblem> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        /** What the folder's readers refused or warned about. */
        public List<InputProblem> problems() {
            return problems;
        }
    }

    private FolderDiagnosis() {
    }

    /**
     * @param asOf       null: the date of the latest run in the folder (else of the latest log row)
     * @param runFile    null: the latest run up to as-of
     * @param windowDays analysis window, at least 1
     */
    public static Result run(Path dir, LocalDate asOf, Path runFile, int windowDays, Clock clock,
                             AthleteFolder.ActivitySource source) throws NothingToDiagnose {
        return run(dir, AthleteFolder.load(dir, clock, source), reloader(source), asOf, runFile, windowDays);
    }

    /**
     * The same on a folder already loaded, with its reloader (the folder's store, {@link FolderInput}).
     */
    public static Result run(Path dir, AthleteData data, ActivityReloader reloader, LocalDate asOf, Path runFile,
                             int windowDays) throws NothingToDiagnose {
        String focusSource = null;
        if (runFile != null) {
            focusSource = sourceOf(data, runFile);
            if (focusSource == null) {
                Path wanted = runFile.toAbsolutePath().normalize();
                for (InputProblem p : data.problems()) {
                    if (p.refused() && p.file() != null && samePath(p.file(), wanted)) {
                        // in activities/ and readable, but refused: say why
                        throw new NothingToDiagnose(runFile + " cannot be the focus run: " + p.reason(), data.problems());
                    }
                }
                throw new NothingToDiagnose(runFile + " is not an activity of " + dir
                        + " (the file must be under " + dir.resolve(AthleteFolder.ACTIVITIES) + " and readable)", data.problems());
            }
        }
        LocalDate day = asOf != null ? asOf : latestRunDate(data);
        if (day == null) {
            throw new NothingToDiagnose(dir + " holds no dated data to diagnose: expected activities/ (.fit, .tcx, .gpx, .zip), "
                    + "wellness.csv, runs.csv or labs.csv (see docs/athlete-folder.md)", data.problems());
        }
        if (focusSource != null) {
            for (RunSummary r : data.activities()) {
                if (r.source().equals(focusSource) && r.date().isAfter(day)) {
                    throw new NothingToDiagnose(runFile + " starts on " + r.date() + ", after --as-of " + day, data.problems());
                }
            }
        }
        DiagnosisInput input = Analysis.prepare(data, day, focusSource, windowDays, reloader);
        Diagnosis d = Diagnoser.diagnose(input);
        Diagnosis shown = new Diagnosis(d.athlete(), d.asOf(), d.windowDays(), relative(dir, d.focusFile()), d.focusStart(),
                d.assumptions(), d.causes(), d.redFlags(), d.plan(), d.problems());
        return new Result(data, input, shown);
    }

    /** The date of the latest run, else of the latest dated row of any kind, else null. */
    static LocalDate latestRunDate(AthleteData data) {
        LocalDate latest = null;
        for (RunSummary r : data.activities()) {
            if (r.isRun() && (latest == null || r.date().isAfter(latest))) {
                latest = r.date();
            }
        }
        return latest != null ? latest : data.latestDate();
    }

    /** True when a problem's file name is that path (a name that is no path, e.g. of another system, is not). */
    private static boolean samePath(String name, Path wanted) {
        try {
            return Path.of(name).toAbsolutePath().normalize().equals(wanted);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The source string of the folder's activity read from {@code file}, or null. */
    static String sourceOf(AthleteData data, Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        for (RunSummary r : data.activities()) {
            if (Path.of(r.source()).toAbsolutePath().normalize().equals(wanted)) {
                return r.source();
            }
        }
        return null;
    }

    /**
     * Re-reads an activity's file (or its member of a zip, {@link FolderZips#member}) and picks the
     * activity with the summary's start and sport. Only the last file read is kept (a multisport file
     * is asked for several times in a row), so memory does not grow with the number of runs.
     */
    static ActivityReloader reloader(AthleteFolder.ActivitySource source) {
        Map<String, List<Activity>> last = new HashMap<>(2);
        return run -> {
            List<Activity> acts = last.get(run.source());
            if (acts == null) {
                last.clear();
                try {
                    Optional<byte[]> member = FolderZips.member(run.source());
                    acts = member.isPresent() ? source.read(run.source(), member.get()) : source.read(Path.of(run.source()));
                } catch (UnreadableFileException | RuntimeException e) {
                    acts = new ArrayList<>();
                }
                last.put(run.source(), acts);
            }
            for (Activity a : acts) {
                if (run.start().equals(a.start()) && run.sport().equals(a.sport())) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        };
    }

    /** A source path relative to the folder when it lies inside it ("activities/x.fit"), else as given. */
    static String relative(Path dir, String source) {
        if (source == null) {
            return null;
        }
        Path p = Path.of(source).toAbsolutePath().normalize();
        Path d = dir.toAbsolutePath().normalize();
        return p.startsWith(d) ? d.relativize(p).toString().replace('\\', '/') : source;
    }
}
