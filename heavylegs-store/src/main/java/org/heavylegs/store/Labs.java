package org.heavylegs.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;

/** Lab values, kept per origin (e.g. "labs.csv"). */
public final class Labs {

    private final Store store;

    Labs(Store store) {
        this.store = store;
    }

    /** Stores one value of an origin, replacing that origin's value of the same test on the same day. */
    public void put(String origin, LabValue v) {
        store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM lab_value WHERE origin = ? AND day = ? AND test = ?")) {
                SqlText.set(del, 1, origin);
                SqlText.set(del, 2, v.date().toString());
                SqlText.set(del, 3, v.test().key());
                del.executeUpdate();
            }
            insert(c, origin, List.of(v));
            return null;
        });
    }

    /** Replaces all values of an origin (re-reading labs.csv). */
    public void replace(String origin, Collection<LabValue> values) {
        store.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM lab_value WHERE origin = ?")) {
                SqlText.set(del, 1, origin);
                del.executeUpdate();
            }
            insert(c, origin, values);
            return null;
        });
    }

    private static void insert(java.sql.Connection c, String origin, Collection<LabValue> values) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO lab_value "
                + "(origin, day, test, value, given_value, given_unit, source) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (LabValue v : values) {
                SqlText.set(ps, 1, origin);
                SqlText.set(ps, 2, v.date().toString());
                SqlText.set(ps, 3, v.test().key());
                ps.setDouble(4, v.value());
                ps.setDouble(5, v.givenValue());
                SqlText.set(ps, 6, v.givenUnit());
                SqlText.set(ps, 7, v.source());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** All values in date order; a test this version does not know is skipped. */
    public List<LabValue> values() {
        return store.read(c -> {
            List<LabValue> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT day, test, value, given_value, given_unit, source FROM lab_value ORDER BY day, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LabTest test = null;
                    for (LabTest t : LabTest.values()) {
                        if (t.key().equals(rs.getString(2))) {
                            test = t;
                        }
                    }
                    if (test != null) {
                        out.add(new LabValue(LocalDate.parse(rs.getString(1)), test, rs.getDouble(3), rs.getDouble(4),
                                rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }
}
