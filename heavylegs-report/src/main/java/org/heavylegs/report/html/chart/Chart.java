package org.heavylegs.report.html.chart;

/**
 * One rendered chart: its SVG markup and a one-sentence plain reading computed from its data, or,
 * when the data is missing, no SVG and a reading that says what is missing.
 *
 * @param id      unique within a page, also the SVG's id
 * @param svg     standalone SVG markup, or null when there was nothing to draw
 * @param reading one plain sentence
 */
public record Chart(String id, String title, String svg, String reading) {
    public boolean drawn() {
        return svg != null;
    }

    static Chart missing(String id, String title, String reason) {
        return new Chart(id, title, null, reason);
    }
}
