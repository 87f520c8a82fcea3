package org.heavylegs.web.view;

/**
 * One chart of a page: a title, a one-sentence plain reading, and inline SVG markup.
 *
 * @param svg trusted markup, inserted into the page unescaped: it must be built by our own code,
 *            with every piece of text in it escaped (the report's charts do)
 */
public record Chart(String title, String reading, String svg) {
}
