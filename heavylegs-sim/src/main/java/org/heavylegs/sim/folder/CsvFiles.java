package org.heavylegs.sim.folder;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a CSV file with a header, LF line ends and RFC 4180 quoting (commons-csv). */
final class CsvFiles {
    private CsvFiles() {
    }

    static void write(Path file, String[] header, List<List<String>> rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
