package org.heavylegs.report.html;

import org.heavylegs.report.svg.Xml;

/**
 * Writes HTML that is also well-formed XML (every element closed, only the five XML entities), so
 * tests can parse it. Text and attribute values are always escaped; only {@link #raw(String)}
 * inserts markup, and it is used for our own SVG alone.
 */
final class Html {
    private static final java.util.Set<String> VOID = java.util.Set.of("meta", "br", "hr", "wbr");

    private final StringBuilder sb = new StringBuilder(64 * 1024);

    /** Opens an element; attrs alternate name, value (a null value omits the attribute). */
    Html open(String tag, String... attrs) {
        sb.append('<').append(tag);
        attributes(attrs);
        sb.append('>');
        return this;
    }

    Html close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** An element with escaped text content. */
    Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /**
     * A void element written as {@code <tag .../>}. Only HTML's void elements may be written so: a
     * browser reads {@code <span/>} as an open tag, which would swallow what follows.
     */
    Html empty(String tag, String... attrs) {
        if (!VOID.contains(tag)) {
            throw new IllegalArgumentException("<" + tag + "/> is not self-closing in HTML; use open and close");
        }
        sb.append('<').append(tag);
        attributes(attrs);
        sb.append("/>");
        return this;
    }

    Html text(String s) {
        sb.append(Xml.escape(s));
        return this;
    }

    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    Html nl() {
        sb.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private void attributes(String[] attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                sb.append(' ').append(attrs[i]).append("=\"").append(Xml.escape(attrs[i + 1])).append('"');
            }
        }
    }

    /** A safe id fragment from any string: lower-case letters, digits, '-' and '_' only. */
    static String id(String s) {
        if (s == null) {
            return "x";
        }
        StringBuilder out = new StringBuilder();
        for (char c : s.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ? c : '-');
        }
        return out.length() == 0 ? "x" : out.toString();
    }
}
