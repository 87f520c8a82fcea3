package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `heavylegs serve`: prints its URL, serves until stopped, stops cleanly; bad options are usage errors. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void servesOnLoopbackPrintsTheUrlAndStopsCleanly() throws Exception {
        ServeCommand command = new ServeCommand();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == ServeCommand.class ? cls.cast(command) : CommandLine.defaultFactory().create(cls);
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread t = new Thread(() -> code.set(HeavyLegs.run(new String[] {"serve", "--port", "0", "--db",
            dir.resolve("s.db").toString()}, new PrintWriter(out), new PrintWriter(err), factory)));
        t.start();
        String url = null;
        for (int i = 0; i < 200 && url == null; i++) {
            Matcher m = Pattern.compile("HeavyLegs dashboard: (http://127\\.0\\.0\\.1:\\d+/)").matcher(out.toString());
            if (m.find()) {
                url = m.group(1);
            } else {
                Thread.sleep(50);
            }
        }
        assertThat(url).as("printed URL; err: %s", err).isNotNull();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Why do my legs feel heavy?");
        assertThat(out.toString()).contains("Store: " + dir.resolve("s.db"), "Ctrl-C").doesNotContain("warning");

        command.stop.countDown();
        t.join(10_000);
        assertThat(code.get()).isZero();
        assertThat(out.toString()).contains("HeavyLegs dashboard stopped.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aPortInUseIsSaidWithoutAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            HeavyLegsTest.Result r = HeavyLegsTest.run("serve", "--port", Integer.toString(taken.getLocalPort()), "--db",
                    dir.resolve("s.db").toString());
            assertThat(r.code()).isEqualTo(ExitCodes.INTERNAL);
            assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port N")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void badPortsAndAddressesAreUsageErrors() {
        assertThat(HeavyLegsTest.run("serve", "--port", "70000").code()).isEqualTo(ExitCodes.USAGE);
        HeavyLegsTest.Result r = HeavyLegsTest.run("serve", "--bind", "no-such-host.invalid", "--db", dir.resolve("s.db").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--bind no-such-host.invalid is not an address of this computer");
    }
}
