package org.heavylegs.formats.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlPrologTest {

    private static String root(String head) {
        return XmlProlog.rootLocalName(head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsTheRootPastEverythingThatMayPrecedeIt() {
        assertThat(root("<gpx/>")).isEqualTo("gpx");
        assertThat(root("\uFEFF  \r\n<?xml version='1.0'?>\n<!-- a > b -->\n<?pi x?>\n<gpx version=\"1.1\">")).isEqualTo("gpx");
        assertThat(root("<tcd:TrainingCenterDatabase xmlns:tcd=\"x\">")).isEqualTo("TrainingCenterDatabase");
        assertThat(root("<!DOCTYPE gpx [<!ENTITY a \"]>\"> <!ENTITY b 'x'>]><gpx>")).isEqualTo("gpx");
        assertThat(root("<!DOCTYPE foo SYSTEM \"x.dtd\"><gpx>")).isEqualTo("gpx");
        assertThat(root("<!DOCTYPE gpx [" + "x".repeat(XmlProlog.WINDOW_BYTES) + "]><foo>")).isEqualTo("gpx");
    }

    @Test
    void otherBytesHaveNoRoot() {
        assertThat(root("")).isNull();
        assertThat(root("hello <gpx>")).isNull();
        assertThat(root("<!-- never closed <gpx>")).isNull();
        assertThat(root("<![CDATA[x]]><gpx>")).isNull();
        assertThat(XmlProlog.rootLocalName(new byte[] {14, 16, 0x5d, 0x08, 0, 0, 0, 0, '.', 'F', 'I', 'T'})).isNull();
        assertThat(root("<" + " ".repeat(10))).isNull();
    }

    @Test
    void readsUtf16() {
        byte[] le = ("\uFEFF<gpx>").getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF<gpx>").getBytes(StandardCharsets.UTF_16BE);
        assertThat(XmlProlog.rootLocalName(le)).isEqualTo("gpx");
        assertThat(XmlProlog.rootLocalName(be)).isEqualTo("gpx");
    }
}
