package org.heavylegs.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.heavylegs.report.explain.Explanation;
import org.heavylegs.report.explain.ExplainText;
import org.heavylegs.report.explain.Explanations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code heavylegs explain [CAUSE]} and {@code heavylegs explain --faq}: the causes in plain words. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"How each cause makes legs feel heavy, what data shows it, what helps, and the references.",
            "Without CAUSE: every cause with one line each."})
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CAUSE", arity = "0..1", completionCandidates = CauseIds.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String cause;

    @Option(names = "--faq", description = "Answer the questions runners ask about heavy legs.")
    boolean faq;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (faq && cause != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--faq takes no CAUSE");
        }
        if (faq) {
            out.print(ExplainText.faq(null));
        } else if (cause == null) {
            out.print(ExplainText.list());
        } else {
            Explanation e = Explanations.find(cause).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "unknown cause '" + cause + "'. Valid causes: "
                    + String.join(", ", Explanations.ids())));
            out.print(ExplainText.cause(e));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The valid cause ids, for the help text and shell completion. */
    static final class CauseIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Explanations.ids().iterator();
        }
    }
}
