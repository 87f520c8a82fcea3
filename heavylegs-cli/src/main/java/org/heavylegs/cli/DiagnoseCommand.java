package org.heavylegs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.heavylegs.core.analysis.Analysis;
import org.heavylegs.core.diagnosis.Diagnoser;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.formats.folder.FolderZips;
import org.heavylegs.report.diagnosis.DiagnosisJson;
import org.heavylegs.report.diagnosis.DiagnosisText;
import org.heavylegs.report.html.HtmlReport;
import org.heavylegs.report.html.chart.ChartInputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code heavylegs diagnose DIR [--as-of DATE] [--run FILE] [--window DAYS] [--json] [--html FILE]}:
 * the main job (DESIGN.md 2.1). Exit 3 when some file or row of the folder was refused (each is named),
 * 2 for a usage error (bad option, --run naming no activity of the folder, an unwritable --html file).
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = {"Why do my legs feel heavy? Assesses every cause against the athlete folder DIR and prints "
                + "the red flags, the causes ranked with their evidence, a personal plan, the missing data and "
                + "every assumption.", "Not a medical diagnosis."})
public final class DiagnoseCommand implements Callable<Integer> {

    /** Shortest and longest analysis window, days. */
    static final int MIN_WINDOW_DAYS = 7;
    static final int MAX_WINDOW_DAYS = 365;

    @Parameters(index = "0", paramLabel = "DIR", description = "The athlete folder (athlete.yaml, activities/, "
            + "wellness.csv, runs.csv, labs.csv; see docs/athlete-folder.md).")
    Path dir;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day to diagnose (yyyy-mm-dd); "
            + "default: the date of the latest run in the folder.")
    LocalDate asOf;

    @Option(names = "--run", paramLabel = "FILE", description = "The focus run (a file under DIR/activities, or a member "
            + "of a zip there: ZIP!/path/in/zip.fit; also as the output names it, relative to DIR); default: the latest "
            + "run up to the as-of date.")
    Path run;

    @Option(names = "--window", paramLabel = "DAYS", description = "Days of recent runs the patterns look at "
            + "(default ${DEFAULT-VALUE}).", defaultValue = "" + Analysis.DEFAULT_WINDOW_DAYS)
    int window;

    @Option(names = "--json", description = "Print JSON (DESIGN.md 2.3) instead of the readable summary.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report with charts.")
    Path html;

    @Spec
    CommandSpec spec;

    private final AthleteFolder.ActivitySource activities;
    private final Clock clock;

    public DiagnoseCommand() {
        this(null, Clock.systemDefaultZone());
    }

    /** For tests: another activity reader (null: the formats' readers) and clock. */
    DiagnoseCommand(AthleteFolder.ActivitySource activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (window < MIN_WINDOW_DAYS || window > MAX_WINDOW_DAYS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--window must be between " + MIN_WINDOW_DAYS
                    + " and " + MAX_WINDOW_DAYS + " days, not " + window);
        }
        if (!Files.isDirectory(dir)) {
            err.println("heavylegs diagnose: " + dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder"));
            return ExitCodes.BAD_INPUT;
        }
        if (run != null && !Files.isRegularFile(run) && !inZip(run) && !run.isAbsolute()
                && (Files.isRegularFile(dir.resolve(run)) || inZip(dir.resolve(run)))) {
            // as the output names the focus run: relative to DIR (activities/...)
            run = dir.resolve(run);
        }
        if (run != null && !Files.isRegularFile(run) && !inZip(run)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--run " + run + ": no such file");
        }
        FolderDiagnosis.Result result;
        // The folder through its store: a second run on an unchanged folder decodes no file.
        try (FolderInput folder = FolderInput.open(dir, clock, activities, System.console() != null ? err : null)) {
            result = FolderDiagnosis.run(dir, folder.data, folder.reloader, asOf, run, window);
        } catch (FolderDiagnosis.NothingToDiagnose e) {
            if (run != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            err.println("heavylegs diagnose: " + e.getMessage());
            FolderInput.printProblems(err, e.problems());
            return ExitCodes.BAD_INPUT;
        }
        Diagnosis d = result.diagnosis();
        if (html != null) {
            try {
                Path parent = html.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(html, HtmlReport.render(d, ChartInputs.of(result.input())),
                        StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--html " + html + ": cannot write: " + e.getMessage());
            }
        }
        out.print(json ? DiagnosisJson.render(d) + System.lineSeparator() : DiagnosisText.render(d, System.console() != null));
        out.flush();
        long refused = result.data().problems().stream().filter(InputProblem::refused).count();
        if (refused > 0) {
            if (json) {
                // the diagnosis's problems: the folder's and those found matching runs.csv rows to runs
                for (String p : d.problems()) {
                    err.println(p.startsWith("warning: ") || p.startsWith(Diagnoser.INTERNAL_ERROR) ? p : "refused: " + p);
                }
            }
            err.println("heavylegs diagnose: " + refused + " file(s) or row(s) could not be used (each is named"
                    + (json ? " above" : " in the output") + "); the rest was used.");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    /** True when {@code file} names a member of a zip on disk ("ZIP!/path/in/zip.fit"). */
    private static boolean inZip(Path file) {
        String s = file.toString();
        int cut = s.indexOf(FolderZips.LEVEL);
        return cut > 0 && Files.isRegularFile(Path.of(s.substring(0, cut)));
    }
}
