package org.heavylegs.web.view;

/** Escaping for text put into SVG or HTML markup that our own code builds. */
public final class Svg {

    private Svg() {
    }

    /** The text with &amp;, &lt;, &gt;, quotes and apostrophes escaped. */
    public static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
