package org.heavylegs.web;

import java.nio.file.Path;
import java.time.Clock;
import org.heavylegs.web.data.DiagnosisSource;
import org.heavylegs.web.data.StoreDiagnosis;
import org.heavylegs.web.view.ReportRunCharts;
import org.heavylegs.web.view.RunCharts;

/**
 * How to run the dashboard.
 *
 * @param db             the SQLite store file
 * @param bind           the address to listen on; 127.0.0.1 unless the user says otherwise
 * @param port           the port, 0 for any free one
 * @param clock          "today" for date checks and the default as-of
 * @param diagnosis      the diagnosis seam (see {@link DiagnosisSource})
 * @param charts         the run-chart seam (see {@link RunCharts})
 * @param maxUploadBytes larger uploads are refused with 413 and a message
 */
public record DashboardConfig(Path db, String bind, int port, Clock clock, DiagnosisSource diagnosis, RunCharts charts,
                              long maxUploadBytes) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    /** 200 MB: a Garmin export of several years fits; bigger archives go through `heavylegs import`. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 200_000_000L;

    /** The defaults, with the temporary diagnosis and charts until the lead wires the real ones. */
    public static DashboardConfig defaults(Path db) {
        return new DashboardConfig(db, DEFAULT_BIND, DEFAULT_PORT, Clock.systemDefaultZone(), new StoreDiagnosis(),
                new ReportRunCharts(), DEFAULT_MAX_UPLOAD_BYTES);
    }

    public DashboardConfig withBind(String newBind) {
        return new DashboardConfig(db, newBind, port, clock, diagnosis, charts, maxUploadBytes);
    }

    public DashboardConfig withPort(int newPort) {
        return new DashboardConfig(db, bind, newPort, clock, diagnosis, charts, maxUploadBytes);
    }

    public DashboardConfig withClock(Clock newClock) {
        return new DashboardConfig(db, bind, port, newClock, diagnosis, charts, maxUploadBytes);
    }

    public DashboardConfig withDiagnosis(DiagnosisSource newDiagnosis) {
        return new DashboardConfig(db, bind, port, clock, newDiagnosis, charts, maxUploadBytes);
    }

    public DashboardConfig withCharts(RunCharts newCharts) {
        return new DashboardConfig(db, bind, port, clock, diagnosis, newCharts, maxUploadBytes);
    }

    public DashboardConfig withMaxUploadBytes(long bytes) {
        return new DashboardConfig(db, bind, port, clock, diagnosis, charts, bytes);
    }
}
