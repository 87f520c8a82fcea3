package org.heavylegs.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.history.HeartRateHistogram;

/**
 * What a history needs of each stored activity, without its samples or laps: its totals and its
 * heart-rate distribution, read for thousands of activities in one query (the folder cache builds
 * an athlete's whole history from these).
 */
public final class Summaries {

    /** One stored activity's summary (its file, session, sport, start, totals and heart rate). */
    public record Summary(long id, String fileSha256, int sessionIndex, String sport, String subSport, Instant start,
                          Totals totals, HeartRateHistogram heartRate) {
    }

    private Summaries() {
    }

    /**
     * The summaries of the activities of the given files, by file in session order (same
     * sessions recorded twice in several files included: the caller decides). An activity with
     * heart rate but no stored distribution (stored before activity_heart_rate existed) gets it
     * computed from its samples once, and stored.
     */
    public static Map<String, List<Summary>> of(Store store, Collection<String> fileSha256s) {
        Set<String> wanted = Set.copyOf(fileSha256s);
        List<Long> missing = new ArrayList<>();
        Map<String, List<Summary>> out = store.read(c -> {
            Map<String, List<Summary>> byFile = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT a.id, a.file_sha256, a.session_index, a.sport, a.sub_sport, a.start_ms, a.elapsed_s, a.timer_s, "
                            + "a.distance_m, a.avg_hr, a.max_hr, a.avg_cadence_spm, a.channels, h.lowest_bpm, h.seconds "
                            + "FROM activity a LEFT JOIN activity_heart_rate h ON h.activity_id = a.id "
                            + "ORDER BY a.file_sha256, a.session_index");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String sha = rs.getString(2);
                    if (!wanted.contains(sha)) {
                        continue;
                    }
                    long id = rs.getLong(1);
                    int lowest = rs.getInt(14);
                    HeartRateHistogram hr = HeartRateHistogram.EMPTY;
                    if (!rs.wasNull()) {
                        hr = HeartRateHistogram.of(lowest, ActivityHeartRate.unpack(rs.getBytes(15)));
                    } else if (rs.getString(13).contains(Channel.HEART_RATE_BPM.key())) {
                        missing.add(id);
                    }
                    Totals t = new Totals(SqlDoubles.get(rs, 7), SqlDoubles.get(rs, 8), SqlDoubles.get(rs, 9),
                            SqlDoubles.get(rs, 10), SqlDoubles.get(rs, 11), SqlDoubles.get(rs, 12));
                    byFile.computeIfAbsent(sha, k -> new ArrayList<>()).add(new Summary(id, sha, rs.getInt(3),
                            rs.getString(4), rs.getString(5), Instant.ofEpochMilli(rs.getLong(6)), t, hr));
                }
            }
            return byFile;
        });
        if (!missing.isEmpty()) {
            Map<Long, HeartRateHistogram> computed = backfill(store, missing);
            out.replaceAll((sha, list) -> list.stream()
                    .map(s -> computed.containsKey(s.id()) ? new Summary(s.id(), s.fileSha256(), s.sessionIndex(),
                            s.sport(), s.subSport(), s.start(), s.totals(), computed.get(s.id())) : s)
                    .toList());
        }
        return out;
    }

    /** Computes and stores the heart-rate distributions of activities stored without one. */
    private static Map<Long, HeartRateHistogram> backfill(Store store, List<Long> ids) {
        Map<Long, HeartRateHistogram> out = new HashMap<>();
        for (long id : ids) {
            HeartRateHistogram hr = store.activities().one(id).map(a -> HeartRateHistogram.of(a.activity()))
                    .orElse(HeartRateHistogram.EMPTY);
            out.put(id, hr);
            if (!hr.isEmpty()) {
                store.inTransaction(c -> {
                    ActivityHeartRate.insert(c, id, hr);
                    return null;
                });
            }
        }
        return out;
    }
}
