package org.heavylegs.core.activity;

import java.time.Instant;
import java.util.List;

/**
 * One session of one sport as read from a file: columnar samples, laps, timer pauses, RR intervals,
 * the device's own session summary and what the reader noticed on the way.
 *
 * @param source      the file name as given by the user (for messages and JSON), never opened here
 * @param format      the format it was read from
 * @param sport       lower-case sport name ("running", "cycling", ...) or "generic" when unknown
 * @param subSport    lower-case sub-sport ("treadmill", "trail", ...) or "generic"
 * @param start       the instant of {@code time == 0} in the streams
 * @param streams     samples; time in seconds since {@code start}
 * @param laps        laps in order
 * @param pauses      timer-stopped intervals in order, non-overlapping
 * @param rrS         beat-to-beat (RR) intervals in seconds, in order; empty when not recorded
 * @param summary     the device's own totals for this session, to check ours against
 * @param device      the recording device
 * @param warnings    what the reader or cleaning repaired or could not use, one readable line each
 */
public record Activity(
        String source,
        SourceFormat format,
        String sport,
        String subSport,
        Instant start,
        Streams streams,
        List<Lap> laps,
        List<Pause> pauses,
        double[] rrS,
        DeviceSummary summary,
        Device device,
        List<String> warnings) {

    public Activity {
        laps = List.copyOf(laps);
        pauses = List.copyOf(pauses);
        warnings = List.copyOf(warnings);
    }

    public boolean isRunning() {
        return "running".equals(sport);
    }

    public Activity withStreams(Streams newStreams) {
        return new Activity(source, format, sport, subSport, start, newStreams, laps, pauses, rrS, summary, device, warnings);
    }

    public Activity withWarnings(List<String> newWarnings) {
        return new Activity(source, format, sport, subSport, start, streams, laps, pauses, rrS, summary, device, newWarnings);
    }
}
