package org.heavylegs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.heavylegs.core.history.AthleteData;
import org.heavylegs.core.history.History;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.trend.ActivityLoad;
import org.heavylegs.core.analysis.HrssLoad;
import org.heavylegs.core.trend.TrendSummary;
import org.heavylegs.core.trend.Trends;
import org.heavylegs.formats.folder.AthleteFolder;
import org.heavylegs.report.trends.TrendsJson;
import org.heavylegs.report.trends.TrendsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heavylegs trends DIR [--as-of DATE] [--json]}: the picture of an athlete folder over days. */
@Command(name = "trends", mixinStandardHelpOptions = true,
        description = "The picture over days of an athlete folder: training load (CTL, ATL, TSB), ACWR, monotony "
                + "and strain, weekly volume, HRV and resting HR against their baselines, efficiency, sleep, "
                + "wellness, body mass and labs, with every assumption and every input that could not be used.")
public final class TrendsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The athlete folder (athlete.yaml, activities/, "
            + "wellness.csv, runs.csv, labs.csv; see docs/athlete-folder.md).")
    Path dir;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day to look from (yyyy-mm-dd); "
            + "default: the date of the latest activity or log row in the folder.")
    LocalDate asOf;

    @Option(names = "--json", description = "Print JSON instead of the readable summary.")
    boolean json;

    @Spec
    CommandSpec spec;

    private final AthleteFolder.ActivitySource activities;
    private final Clock clock;
    /** The load of one activity: hr_tss from its heart-rate distribution. */
    private final ActivityLoad load = new HrssLoad();

    public TrendsCommand() {
        this(null, Clock.systemDefaultZone());
    }

    /** For tests: another activity reader (null: the formats' readers) and clock. */
    TrendsCommand(AthleteFolder.ActivitySource activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("heavylegs trends: " + dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder"));
            return ExitCodes.BAD_INPUT;
        }
        AthleteData data;
        // The folder through its store: a second run on an unchanged folder decodes no file.
        try (FolderInput folder = FolderInput.open(dir, clock, activities, System.console() != null ? err : null)) {
            data = folder.data;
        }
        LocalDate day = asOf != null ? asOf : data.latestDate();
        if (day == null) {
            err.println("heavylegs trends: " + dir + " holds no dated data to show trends for: expected activities/ "
                    + "(.fit, .tcx, .gpx), wellness.csv, runs.csv or labs.csv (see docs/athlete-folder.md)");
            FolderInput.printProblems(err, data.problems());
            return ExitCodes.BAD_INPUT;
        }
        History history = History.of(data, day, load);
        TrendSummary trends = Trends.of(history);
        out.print(json ? TrendsJson.render(history, trends) + System.lineSeparator() : TrendsText.render(history, trends));
        out.flush();
        long refused = data.problems().stream().filter(InputProblem::refused).count();
        if (refused > 0) {
            if (json) {
                FolderInput.printProblems(err, data.problems());
            }
            err.println("heavylegs trends: " + refused + " file(s) or row(s) could not be used (each is named"
                    + (json ? " above" : " in the output") + "); the rest was used.");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
