package org.heavylegs.sim.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.athlete.LabValue;

/** labs.csv exactly as DESIGN.md 2.2 defines it, with each value in the unit it was given in. */
public final class LabsCsvWriter {
    public static final String[] HEADER = {"date", "test", "value", "unit"};

    private LabsCsvWriter() {
    }

    public static void write(Path file, List<LabValue> labs) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (LabValue v : labs) {
            rows.add(List.of(v.date().toString(), v.test().key(), Decimals.of(v.givenValue(), 3), v.givenUnit()));
        }
        CsvFiles.write(file, HEADER, rows);
    }
}
