package org.heavylegs.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code heavylegs} command: global options, the list of subcommands and the exit-code policy. */
@Command(name = "heavylegs",
        mixinStandardHelpOptions = true,
        versionProvider = HeavyLegs.Version.class,
        description = "Why do my legs feel heavy when I run? Reads watch files and logs, "
                + "computes the markers behind nine causes and says which are likely.",
        subcommands = {DemoCommand.class, DiagnoseCommand.class, InspectCommand.class, TrendsCommand.class,
                ImportCommand.class, ServeCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 internal failure, 2 usage error, "
                + "3 some input could not be used (named; the rest was processed)."})
public final class HeavyLegs implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces of unexpected failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale says: names such as Clénin or González-Alonso must not become '?'
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams and returns the exit code (for tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the commands made by {@code factory} (tests). */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        HeavyLegs top = new HeavyLegs();
        CommandLine cl = configure(new CommandLine(top, factory), top, out, err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Applies the exit-code policy of DESIGN.md 2.1: usage errors give 2 with a one-line message,
     * unexpected failures give 1 with a one-line message and a stack trace only under --debug.
     */
    static CommandLine configure(CommandLine cl, HeavyLegs top, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        // picocli's own message for a bad date names Java classes and the parser's exception
        cl.registerConverter(LocalDate.class, text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a date (use yyyy-mm-dd, e.g. 2026-07-26)");
            }
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = top.debug || parseResult.hasMatchedOption("--debug");
            commandLine.getErr().println("heavylegs: internal error: " + describe(ex));
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(run again with --debug for details)");
            }
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args2) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("heavylegs: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    private static String describe(Throwable ex) {
        String msg = ex.getMessage();
        return ex.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    /** Reads the version from the jar manifest, with a fallback for runs from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HeavyLegs.class.getPackage().getImplementationVersion();
            return new String[] {"heavylegs " + (v == null ? "development build" : v),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
