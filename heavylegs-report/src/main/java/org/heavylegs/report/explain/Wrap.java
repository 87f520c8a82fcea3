package org.heavylegs.report.explain;

import java.util.ArrayList;
import java.util.List;

/** Terminal text: word wrapping to a width, and removal of characters that could steer a terminal. */
public final class Wrap {
    private Wrap() {
    }

    /**
     * Wraps text at spaces so no line exceeds width, starting the first line with firstIndent and
     * later ones with indent; a word too long for any line (a long file name) is cut into pieces.
     * Each line ends with '\n'.
     */
    public static String wrap(String text, int width, String firstIndent, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(firstIndent);
        int lineStart = firstIndent.length();
        int room = Math.max(10, width - indent.length());
        List<String> words = new ArrayList<>();
        for (String word : clean(text).trim().split("\\s+")) {
            for (int i = 0; i < word.length(); i += room) {
                words.add(word.substring(i, Math.min(word.length(), i + room)));
            }
        }
        for (String word : words) {
            boolean empty = line.length() == lineStart;
            if (!empty && line.length() + 1 + word.length() > width) {
                out.append(stripEnd(line)).append('\n');
                line.setLength(0);
                line.append(indent);
                lineStart = indent.length();
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
        }
        out.append(stripEnd(line)).append('\n');
        return out.toString();
    }

    /** The lines of a wrapped text, without their line ends. */
    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String l : wrap(text, width, "", "").split("\n")) {
            out.add(l);
        }
        return out;
    }

    /**
     * Replaces control characters (including ESC, so file names cannot inject colour or cursor
     * codes) and bidirectional overrides with '?'. Tabs and line breaks become spaces.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                sb.append(' ');
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069)) {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String stripEnd(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}
