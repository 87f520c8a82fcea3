package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line's contract: help, version, and the exit codes of DESIGN.md 2.1. */
class HeavyLegsTest {

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeavyLegs.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: heavylegs", "inspect", "--debug", "Exit codes");
    }

    @Test
    void versionNamesTheProgram() {
        Result r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("heavylegs ");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        Result r = run("inspect", "--no-such-option", "x.fit");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unknown option", "--help");
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertThat(run("inspect").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void missingFileIsNamedAndExitsThree(@TempDir Path dir) {
        Path missing = dir.resolve("nope.fit");
        Result r = run("inspect", missing.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(missing.toString(), "no such file");
    }

    @Test
    void unrecognisedContentIsRefusedByNameAndTheRestStillPrinted(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("notes.fit");
        Files.writeString(junk, "this is not an activity file");
        Result r = run("inspect", "--json", junk.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(junk.toString(), "not a FIT, TCX or GPX file");
        assertThat(r.out().trim()).isEqualTo("[ ]");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }

    @Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("simulated failure");
        }
    }

    private static Result runWithBoom(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HeavyLegs top = new HeavyLegs();
        CommandLine cl = new CommandLine(top).addSubcommand("boom", new Boom());
        HeavyLegs.configure(cl, top, new PrintWriter(out), new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void internalFailureExitsOneWithoutStackTrace() {
        Result r = runWithBoom("boom");
        assertThat(r.code()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(r.err()).contains("internal error", "simulated failure", "--debug");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void debugShowsTheStackTrace() {
        Result r = runWithBoom("--debug", "boom");
        assertThat(r.code()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(r.err()).contains("\tat ", "IllegalStateException");
    }
}
