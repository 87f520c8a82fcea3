package org.heavylegs.cli;

/** The exit codes of DESIGN.md 2.1. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Unexpected internal failure. */
    public static final int INTERNAL = 1;
    /** Usage error (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** Some input could not be used; each such file or row was named, the rest was processed. */
    public static final int BAD_INPUT = 3;

    private ExitCodes() {
    }
}
