package org.heavylegs.report.svg;

/**
 * Escaping for text that goes into HTML or SVG markup. Everything a user or a file can influence
 * (names, file names, messages) passes through here. Characters that XML 1.0 forbids (control
 * characters, lone surrogates) become U+FFFD so the output stays well-formed, and so do the
 * bidirectional embedding, override and isolate controls, which could otherwise make a file name
 * display the rest of a line reversed.
 */
public final class Xml {
    private Xml() {
    }

    /** Escapes for element content and for attribute values in double or single quotes. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> forbidden(s, i) ? "\uFFFD" : null;
            };
            if (rep == null && Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (rep != null && sb == null) {
                sb = new StringBuilder(n + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (rep != null) {
                    sb.append(rep);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** True when the char at i cannot appear in XML 1.0 (checked after surrogate pairs are handled). */
    private static boolean forbidden(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c == 0xFFFE || c == 0xFFFF || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }
}
