package org.heavylegs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.heavylegs.core.analysis.Analysis;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.report.diagnosis.DiagnosisText;
import org.heavylegs.report.html.HtmlReport;
import org.heavylegs.report.html.chart.ChartInputs;
import org.heavylegs.sim.AthleteFolder;
import org.heavylegs.sim.AthleteFolderWriter;
import org.heavylegs.sim.Scenario;
import org.heavylegs.sim.Scenarios;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code heavylegs demo [--out DIR]} (DESIGN.md 2.1): writes the simulated athlete with two causes at
 * once (hot runs with too little to drink, every run started without a warm-up) as a real athlete
 * folder, diagnoses it like {@code diagnose} would, writes {@code report.html} next to it and prints
 * the summary. It never writes into a folder that holds anything but an earlier demo.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Writes a simulated athlete folder (a runner with two causes of heavy legs at once), diagnoses "
                + "it and writes report.html: see what HeavyLegs does before you give it your own data."})
public final class DemoCommand implements Callable<Integer> {

    /** Written into the demo folder so a later demo may overwrite it. */
    static final String MARKER = ".heavylegs-demo";
    static final String REPORT = "report.html";

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the athlete folder and report.html "
            + "(default: ${DEFAULT-VALUE}); must be new, empty, or an earlier demo.", defaultValue = "demo-out")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (Files.exists(out) && !(Files.isDirectory(out) && (isEmpty(out) || Files.exists(out.resolve(MARKER))))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " exists and is not an "
                    + "earlier demo folder; give a new or empty folder");
        }
        Scenario scenario = Scenarios.demo();
        AthleteFolder folder = scenario.generate();
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "written by heavylegs demo (" + scenario.id() + ")\n", StandardCharsets.UTF_8);
        AthleteFolderWriter.write(folder, out);
        // The simulated runs lie in the past of the scenario's calendar; read them as of the day after,
        // whatever this machine's clock says, so that none is refused as "in the future".
        Instant after = folder.focusRun().start().plusSeconds(2 * 86_400);
        Instant now = Instant.now();
        Clock clock = Clock.fixed(now.isAfter(after) ? now : after, ZoneOffset.UTC);
        FolderDiagnosis.Result result;
        try {
            result = FolderDiagnosis.run(out, null, null, Analysis.DEFAULT_WINDOW_DAYS, clock, ActivityFiles::read);
        } catch (FolderDiagnosis.NothingToDiagnose e) {
            throw new IllegalStateException("the demo folder could not be diagnosed: " + e.getMessage(), e);
        }
        Diagnosis d = result.diagnosis();
        Path report = out.resolve(REPORT);
        Files.writeString(report, HtmlReport.render(d, ChartInputs.of(result.input())), StandardCharsets.UTF_8);
        stdout.println("Demo athlete: " + scenario.summary());
        stdout.println("Folder: " + out.toAbsolutePath().normalize());
        stdout.println();
        stdout.print(DiagnosisText.render(d, System.console() != null));
        stdout.println();
        stdout.println("Report: " + report.toAbsolutePath().normalize());
        stdout.println("Your own data: heavylegs diagnose DIR (see docs/athlete-folder.md)");
        stdout.flush();
        return ExitCodes.OK;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
