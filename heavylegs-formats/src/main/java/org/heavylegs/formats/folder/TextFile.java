package org.heavylegs.formats.folder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.history.InputProblem;

/**
 * Reads a small text file of the athlete folder: UTF-8 (a byte-order mark is dropped), else
 * Windows-1252 with a warning (spreadsheet exports), refusing files above a size limit.
 */
final class TextFile {

    private TextFile() {
    }

    /** The text, or null when the file was refused (the reason is added to {@code problems}). */
    static String read(Path path, String label, long maxBytes, List<InputProblem> problems) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                problems.add(InputProblem.refused(label, 0, String.format(Locale.ROOT,
                        "file too large (%d bytes; at most %d are read)", size, maxBytes)));
                return null;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(InputProblem.refused(label, 0, "cannot read: " + e.getMessage()));
            return null;
        }
        return decode(bytes, label, problems);
    }

    static String decode(byte[] bytes, String label, List<InputProblem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
            problems.add(InputProblem.warning(label, 0, "not UTF-8; read as Windows-1252 (save it as UTF-8 to be sure)"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text;
    }
}
