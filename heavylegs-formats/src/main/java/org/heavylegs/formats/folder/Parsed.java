package org.heavylegs.formats.folder;

import java.util.List;
import org.heavylegs.core.history.InputProblem;

/** What one reader made of one file: the values it could use and the problems it met. */
public record Parsed<T>(List<T> values, List<InputProblem> problems) {
    public Parsed {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }
}
