package org.heavylegs.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.heavylegs.store.Store;
import org.heavylegs.store.StoreException;
import org.heavylegs.web.Dashboard;
import org.heavylegs.web.DashboardConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code heavylegs serve [--port N] [--bind ADDR] [--db FILE]}: the local dashboard until Ctrl-C.
 * The diagnosis and the run charts come from the seams of {@link DashboardConfig}; wire the real
 * ones here (config.withDiagnosis(...), config.withCharts(...)) when they are merged.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The local dashboard in your browser: the diagnosis, your runs with their charts, forms for "
                + "wellness, run log, labs and the questionnaire, uploads of FIT, TCX, GPX and export archives, and a "
                + "JSON API (docs/api.md).",
            "It listens on 127.0.0.1 only, unless --bind says otherwise. Stop it with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DashboardConfig.DEFAULT_PORT,
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = DashboardConfig.DEFAULT_BIND,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only). "
                    + "Another address lets others on the network read your health data.")
    String bind;

    @Option(names = "--db", paramLabel = "FILE",
            description = "The store (default: $XDG_DATA_HOME/heavylegs/heavylegs.db or ~/.local/share/heavylegs/heavylegs.db).")
    Path db;

    @Spec
    CommandSpec spec;

    /** Counted down to stop serving: by Ctrl-C (a shutdown hook), or by a test. */
    final CountDownLatch stop = new CountDownLatch(1);
    /** Counted down once the dashboard is closed, so Ctrl-C's hook lets the JVM exit only then. */
    private final CountDownLatch closed = new CountDownLatch(1);
    /** How long Ctrl-C waits for the server to finish its requests and close the store. */
    static final long CLOSE_WAIT_SECONDS = 15;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("heavylegs serve: --port " + port + " is not a port (0 to 65535)");
            return ExitCodes.USAGE;
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            err.println("heavylegs serve: --bind " + bind + " is not an address of this computer");
            return ExitCodes.USAGE;
        }
        DashboardConfig config = DashboardConfig.defaults(db != null ? db : Store.defaultLocation())
                .withBind(bind).withPort(port);
        Dashboard dashboard;
        try {
            dashboard = Dashboard.start(config);
        } catch (StoreException e) {
            err.println("heavylegs serve: " + e.getMessage());
            return ExitCodes.INTERNAL;
        } catch (RuntimeException e) {
            err.println("heavylegs serve: cannot listen on " + bind + ":" + port + " (" + rootMessage(e)
                    + "); is another program using the port? Choose another with --port N");
            return ExitCodes.INTERNAL;
        }
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await(CLOSE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "heavylegs-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            out.println("HeavyLegs dashboard: " + dashboard.url());
            out.println("Store: " + dashboard.storeDescription());
            if (!loopback) {
                out.println("warning: listening on " + bind + ": anyone who can reach this computer on the network "
                        + "can read and change your data");
            }
            out.println("Press Ctrl-C to stop.");
            out.flush();
            stop.await();
        } finally {
            try {
                dashboard.close();
                out.println("HeavyLegs dashboard stopped.");
                out.flush();
            } finally {
                closed.countDown();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is already running its hooks
            }
        }
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
