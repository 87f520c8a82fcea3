package org.heavylegs.formats.xml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Finds the root element of an XML document by looking at its first bytes only, so that readers can
 * be chosen by content rather than by file name. Skips a byte-order mark, white space, the XML
 * declaration, processing instructions, comments and a DOCTYPE (whose name is taken as the root's
 * when the element itself lies beyond the window). Nothing is parsed or resolved here.
 */
final class XmlProlog {

    /** How far into the file we look for the root element. */
    static final int WINDOW_BYTES = 8 * 1024;

    private XmlProlog() {
    }

    /** The root element's local name (prefix removed), or null when the bytes do not start like XML. */
    static String rootLocalName(byte[] data) {
        String s = head(data);
        int i = 0;
        String doctypeName = null;
        while (true) {
            i = skipSpace(s, i);
            if (i >= s.length() || s.charAt(i) != '<') {
                return doctypeName;
            }
            if (s.startsWith("<?", i)) {
                i = endOf(s, "?>", i);
            } else if (s.startsWith("<!--", i)) {
                i = endOf(s, "-->", i + 4);
            } else if (s.startsWith("<!DOCTYPE", i)) {
                doctypeName = localName(name(s, skipSpace(s, i + 9)));
                i = endOfDoctype(s, i + 9);
            } else if (s.startsWith("<!", i)) {
                return null;
            } else {
                String name = localName(name(s, i + 1));
                return name.isEmpty() ? null : name;
            }
            if (i < 0) {
                return doctypeName;
            }
        }
    }

    private static String head(byte[] data) {
        int n = Math.min(data.length, WINDOW_BYTES);
        if (n >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF) {
            return new String(data, 3, n - 3, StandardCharsets.UTF_8);
        }
        if (n >= 2 && (data[0] & 0xff) == 0xFE && (data[1] & 0xff) == 0xFF) {
            return new String(data, 2, (n - 2) & ~1, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xFE) {
            return new String(data, 2, (n - 2) & ~1, StandardCharsets.UTF_16LE);
        }
        // Markup is ASCII in every ASCII-compatible encoding; a one-byte charset never fails to decode.
        return new String(data, 0, n, Charset.forName("ISO-8859-1"));
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r' || s.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    /** Index just past {@code end}, or -1 when it is not within the window. */
    private static int endOf(String s, String end, int from) {
        int j = s.indexOf(end, from);
        return j < 0 ? -1 : j + end.length();
    }

    /** Index past the DOCTYPE's closing '>', honouring an internal subset and quoted literals. */
    private static int endOfDoctype(String s, int i) {
        boolean inSubset = false;
        char quote = 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                inSubset = true;
            } else if (c == ']') {
                inSubset = false;
            } else if (c == '>' && !inSubset) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String name(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' || c == '/' || c == '[') {
                break;
            }
            j++;
        }
        return s.substring(i, j);
    }

    private static String localName(String qName) {
        return qName.substring(qName.indexOf(':') + 1);
    }
}
