package org.heavylegs.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Likelihood;
import org.heavylegs.core.diagnosis.PlanItem;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.diagnosis.Urgency;
import org.heavylegs.report.Fixtures;
import org.heavylegs.report.html.chart.ChartData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** What must hold for any report, whatever the golden file says. */
class HtmlStructureTest {
    private static final String SVG_NS = "xmlns=\"http://www.w3.org/2000/svg\"";

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new InputSource(new StringReader(html)));
    }

    private static String full() {
        return HtmlReport.render(Fixtures.diagnosis(), Fixtures.chartData());
    }

    @Test
    void isWellFormedAndEveryCauseHasItsCardInRankOrder() throws Exception {
        Diagnosis d = Fixtures.diagnosis();
        Document doc = parse(full());
        List<String> cardIds = new ArrayList<>();
        NodeList articles = doc.getElementsByTagName("article");
        for (int i = 0; i < articles.getLength(); i++) {
            Element e = (Element) articles.item(i);
            if (e.getAttribute("class").startsWith("cause ")) {
                cardIds.add(e.getAttribute("id"));
            }
        }
        assertThat(cardIds).containsExactlyElementsOf(d.causes().stream().map(a -> "cause-" + a.cause()).toList());
        assertThat(d.causes()).hasSize(14);
    }

    @Test
    void redFlagsComeBeforeTheCausesAndTheDisclaimerIsAtTheTop() {
        String html = full();
        int disclaimer = html.indexOf(Diagnosis.DISCLAIMER);
        int flags = html.indexOf("id=\"red-flags\"");
        int causes = html.indexOf("id=\"causes\"");
        int plan = html.indexOf("id=\"plan\"");
        assertThat(disclaimer).isPositive().isLessThan(flags);
        assertThat(flags).isLessThan(causes);
        assertThat(causes).isLessThan(plan);
        assertThat(html.indexOf("Suspected deep-vein thrombosis")).isLessThan(causes);
        assertThat(html.lastIndexOf(Diagnosis.DISCLAIMER)).isGreaterThan(plan);
    }

    @Test
    void loadsNothingFromOutsideAndNeedsNoScript() {
        for (String html : List.of(full(), HtmlReport.render(Fixtures.diagnosis(), ChartData.none()))) {
            String lower = html.toLowerCase(java.util.Locale.ROOT);
            assertThat(lower).doesNotContain("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import",
                    "url(", "src=", "javascript:", "@font-face");
            assertThat(lower.replace(SVG_NS, "")).doesNotContain("http:", "https:", "//www", "ftp:");
            Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
            while (hrefs.find()) {
                assertThat(hrefs.group(1)).as("only in-page links").startsWith("#");
            }
            assertThat(lower).contains("<style>", "@media print");
        }
    }

    @Test
    void everyChartIsAnAccessibleImageWithTitleAndDescription() throws Exception {
        Document doc = parse(full());
        NodeList svgs = doc.getElementsByTagName("svg");
        assertThat(svgs.getLength()).isEqualTo(7);
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            String id = svg.getAttribute("id");
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
            assertThat(((Element) svg.getElementsByTagName("title").item(0)).getAttribute("id")).isEqualTo(id + "-title");
            assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).hasSizeGreaterThan(40);
        }
    }

    @Test
    void aChartWithoutDataSaysSoInOneLineInsteadOfDrawingAFrame() throws Exception {
        Document doc = parse(HtmlReport.render(Fixtures.diagnosis(), ChartData.none()));
        assertThat(doc.getElementsByTagName("svg").getLength()).as("only the causes chart").isEqualTo(1);
        NodeList figures = doc.getElementsByTagName("figure");
        int missing = 0;
        for (int i = 0; i < figures.getLength(); i++) {
            Element f = (Element) figures.item(i);
            if (f.getAttribute("class").contains("missing")) {
                missing++;
                String reading = f.getElementsByTagName("p").item(0).getTextContent();
                assertThat(reading).startsWith("No ").doesNotContain("\n");
            }
        }
        assertThat(missing).isEqualTo(6);
    }

    @Test
    void withoutRedFlagsThePageSaysThereAreNone() {
        Diagnosis d = Fixtures.diagnosis();
        Diagnosis calm = new Diagnosis(d.athlete(), d.asOf(), d.windowDays(), d.focusFile(), d.focusStart(),
                d.assumptions(), d.causes(), List.of(), d.plan(), d.problems());
        String html = HtmlReport.render(calm, ChartData.none());
        assertThat(html).contains("No red flags").doesNotContain("class=\"flag ");
    }

    static final String HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>&amp;]]>"
            + "</style><!-- \u0000\u001b[31m\u202e";

    @Test
    void hostileNamesFilesAndMessagesAreEscapedNotExecuted() throws Exception {
        Diagnosis d = hostileDiagnosis();
        String html = HtmlReport.render(d, new ChartData(null, null,
                new org.heavylegs.report.html.chart.FocusRun(HOSTILE, Fixtures.focusRun().streams(),
                        Fixtures.focusRun().windows()), List.of(), List.of(),
                new org.heavylegs.report.html.chart.Dynamics(HOSTILE, 170, Double.NaN, Double.NaN, Double.NaN, Double.NaN)));
        Document doc = parse(html);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("img").getLength()).isZero();
        assertThat(doc.getElementsByTagName("style").getLength()).isEqualTo(1);
        String visible = HOSTILE.replace('\u0000', '\uFFFD').replace('\u001b', '\uFFFD').replace('\u202e', '\uFFFD');
        String title = doc.getElementsByTagName("title").item(0).getTextContent();
        assertThat(title).contains(visible);
        assertThat(doc.getElementsByTagName("code").item(0).getTextContent()).isEqualTo(visible);
        assertThat(doc.getDocumentElement().getTextContent()).contains("flag " + visible, "action " + visible,
                "problem " + visible, "missing " + visible, "assumed " + visible);
        assertThat(html).doesNotContain("<script>", "<img", "onerror=alert(2)>");
    }

    private static Diagnosis hostileDiagnosis() {
        Assessment a = new Assessment("x_" + HOSTILE, Likelihood.LIKELY, 0.9,
                List.of(Finding.numeric("m" + HOSTILE, 1, HOSTILE, HOSTILE, true, Strength.STRONG, HOSTILE),
                        Finding.categorical("c", HOSTILE, HOSTILE, false, Strength.WEAK, HOSTILE)),
                List.of("missing " + HOSTILE), List.of("s" + HOSTILE));
        return new Diagnosis(HOSTILE, Fixtures.AS_OF, 28, HOSTILE, null, List.of("assumed " + HOSTILE), List.of(a),
                List.of(new RedFlag("r" + HOSTILE, Urgency.EMERGENCY, "flag " + HOSTILE, List.of(HOSTILE))),
                List.of(new PlanItem("p" + HOSTILE, List.of("action " + HOSTILE), java.util.Map.of("n" + HOSTILE, 1.0))),
                List.of("problem " + HOSTILE));
    }

    @Test
    void markerTextIsEscapedInsideFindingTables() throws Exception {
        Diagnosis d = hostileDiagnosis();
        Document doc = parse(HtmlReport.render(d, ChartData.none()));
        NodeList codes = doc.getElementsByTagName("code");
        boolean found = false;
        for (int i = 0; i < codes.getLength(); i++) {
            found |= codes.item(i).getTextContent().equals("m" + HOSTILE.replace('\u0000', '\uFFFD')
                    .replace('\u001b', '\uFFFD').replace('\u202e', '\uFFFD'));
        }
        assertThat(found).isTrue();
    }

    @Test
    void htmlWriterRefusesSelfClosingNonVoidElements() {
        assertThatThrownBy(() -> new Html().empty("span")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Html().empty("meta", "charset", "utf-8").toString()).isEqualTo("<meta charset=\"utf-8\"/>");
    }

    @Test
    void idsAreSafeFragments() {
        assertThat(Html.id("glycogen_depletion")).isEqualTo("glycogen_depletion");
        assertThat(Html.id("a\"b <c>")).isEqualTo("a-b--c-");
    }
}
