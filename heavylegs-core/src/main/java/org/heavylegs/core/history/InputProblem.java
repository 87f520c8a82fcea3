package org.heavylegs.core.history;

/**
 * Something in the user's input that could not be used (refused) or looked odd (warning), with the
 * place as an editor shows it. Printed as {@code FILE:LINE: key: reason}; line and key are optional.
 *
 * @param file    the file as the user would find it (e.g. "alex/wellness.csv")
 * @param line    1-based line (header = line 1), or 0 when the problem concerns the whole file
 * @param key     the column or YAML key concerned, or null
 * @param reason  what is wrong, in words a runner understands
 * @param refused true when input was skipped (the command then exits 3); false for a warning
 */
public record InputProblem(String file, int line, String key, String reason, boolean refused) {

    public static InputProblem refused(String file, int line, String reason) {
        return new InputProblem(file, line, null, reason, true);
    }

    public static InputProblem warning(String file, int line, String reason) {
        return new InputProblem(file, line, null, reason, false);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (key == null ? "" : key + ": ") + reason;
    }
}
