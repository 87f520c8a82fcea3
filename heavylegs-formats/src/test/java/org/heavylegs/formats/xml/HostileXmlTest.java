package org.heavylegs.formats.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML that tries to make the parser read local files, fetch URLs or expand entities without end
 * is refused before anything is resolved. A local server counts connections, so "no network" is
 * checked, not assumed; control cases show that a default, unhardened parser does fall for the same
 * documents, so the checks can fail. (The timeout only guards against a hang; it measures nothing.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileXmlTest {

    @TempDir
    Path dir;

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private String base;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        base = "http://127.0.0.1:" + server.getLocalPort() + "/";
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                    OutputStream out = s.getOutputStream();
                    byte[] body = "FETCHED-FROM-SERVER".getBytes(StandardCharsets.US_ASCII);
                    out.write(("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length
                            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                } catch (IOException e) {
                    // closed
                }
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private static final String GPX_BODY = Docs.GPX_HEAD + "<trk><name>&x;</name><trkseg>" + Docs.trkpt(0, null)
            + Docs.trkpt(1, null) + "</trkseg></trk></gpx>";

    private static UnreadableFileException refused(String doc) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> ActivityFiles.read("hostile.gpx", doc.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("document must be refused").isNotNull();
        assertThat(e.kind()).isEqualTo(UnreadableFileException.Kind.HOSTILE_XML);
        assertThat(e.getMessage()).startsWith("hostile.gpx: ");
        return e;
    }

    /** Text of the trk name as an unhardened JDK parser (DTDs and external entities on) sees it. */
    private static String naiveTrackName(String doc) throws Exception {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, true);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("name")) {
                return r.getElementText();
            }
        }
        return null;
    }

    @Test
    void externalFileEntityIsNeverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-MARKER");
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n" + GPX_BODY;
        assertThat(naiveTrackName(doc)).as("control: an unhardened parser reads the file").contains("SECRET-MARKER");

        UnreadableFileException e = refused(doc);
        assertThat(e.reason()).contains("DTD");
        assertThat(e.offset()).isEqualTo(2);
        assertThat(e.getMessage()).doesNotContain("SECRET-MARKER");
    }

    @Test
    void etcPasswdIsNeverRead() {
        String doc = "<!DOCTYPE gpx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + GPX_BODY;
        UnreadableFileException e = refused(doc);
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void externalHttpEntityIsNeverFetched() throws Exception {
        String doc = "<!DOCTYPE gpx [<!ENTITY x SYSTEM \"" + base + "x\">]>" + GPX_BODY;
        refused(doc);
        assertThat(connections.get()).isZero();

        assertThat(naiveTrackName(doc)).as("control: an unhardened parser fetches the URL").isEqualTo("FETCHED-FROM-SERVER");
        assertThat(connections.get()).isPositive();
    }

    @Test
    void parameterEntityAndExternalDtdAreNeverFetched() {
        refused("<!DOCTYPE gpx [<!ENTITY % remote SYSTEM \"" + base + "evil.dtd\"> %remote;]>" + GPX_BODY);
        refused("<!DOCTYPE gpx SYSTEM \"" + base + "gpx.dtd\">" + GPX_BODY.replace("&x;", "run"));
        refused("<!DOCTYPE gpx PUBLIC \"-//x//y\" \"" + base + "gpx.dtd\">" + GPX_BODY.replace("&x;", "run"));
        assertThat(connections.get()).isZero();
    }

    @Test
    void billionLaughsIsNeverExpanded() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE gpx [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            String prev = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
        }
        dtd.append("<!ENTITY x \"&lol10;\">]>");
        String doc = dtd + GPX_BODY;
        UnreadableFileException e = refused(doc);
        assertThat(e.reason()).contains("DTD");

        // Control: the JDK's own limit stops an unhardened parser, but only after 64,000 expansions.
        assertThat(catchThrowableOfType(Exception.class, () -> naiveTrackName(doc))).hasMessageContaining("entity expansions");
    }

    @Test
    void internalSubsetWithoutExternalsIsRefusedToo() {
        refused("<!DOCTYPE gpx [<!ENTITY x \"Morning Run\">]>" + GPX_BODY);
        refused("<!DOCTYPE gpx>" + GPX_BODY.replace("&x;", "run"));
    }

    @Test
    void aDoctypeLongerThanTheDetectionWindowIsStillRefusedNotMisread() {
        String padding = "<!ENTITY pad \"" + "p".repeat(20_000) + "\">";
        refused("<!DOCTYPE gpx [" + padding + "<!ENTITY x \"y\">]>" + GPX_BODY);
    }

    @Test
    void undeclaredEntityReferenceIsRefused() {
        UnreadableFileException e = refused(GPX_BODY);
        assertThat(e.reason()).contains("&x;");
    }

    @Test
    void tcxWithEntitiesIsRefused() {
        String doc = "<!DOCTYPE TrainingCenterDatabase [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + Docs.tcxRun(3).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "")
                        .replace("Forerunner Test", "&x;");
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> ActivityFiles.read("hostile.tcx", doc.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.kind()).isEqualTo(UnreadableFileException.Kind.HOSTILE_XML);
    }

    @Test
    void schemaLocationAndXIncludeAreNeverFollowed() throws Exception {
        String doc = "<gpx version=\"1.1\" creator=\"t\" xmlns=\"http://www.topografix.com/GPX/1/1\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xi=\"http://www.w3.org/2001/XInclude\""
                + " xsi:schemaLocation=\"http://www.topografix.com/GPX/1/1 " + base + "gpx.xsd\">"
                + "<trk><name><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></name><trkseg>"
                + Docs.trkpt(0, null) + Docs.trkpt(1, null) + "</trkseg></trk></gpx>";
        Activity a = ActivityFiles.read("t.gpx", doc.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(a.streams().size()).isEqualTo(2);
        assertThat(a.warnings()).noneMatch(w -> w.contains("root:"));
        assertThat(connections.get()).isZero();
    }

    @Test
    void deepNestingIsCutOffWithoutExhaustingMemory() {
        String deep = "<a>".repeat(200_000);
        byte[] doc = (Docs.GPX_HEAD + deep).getBytes(StandardCharsets.UTF_8);
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> new GpxReader().read("deep.gpx", doc));
        assertThat(e.kind()).isEqualTo(UnreadableFileException.Kind.CORRUPT_DATA);
        assertThat(e.reason()).contains("nested deeper than " + XmlWalker.MAX_DEPTH);
    }

    @Test
    void hugeTextIsCutOffAndTheTrackStillReads() throws Exception {
        String doc = Docs.GPX_HEAD + "<trk><name>" + "n".repeat(5_000_000) + "</name><type>running</type><trkseg>"
                + Docs.trkpt(0, null) + Docs.trkpt(1, null) + "</trkseg></trk></gpx>";
        Activity a = new GpxReader().read("big.gpx", doc.getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(a.streams().size()).isEqualTo(2);
        assertThat(a.sport()).isEqualTo("running");
    }
}
