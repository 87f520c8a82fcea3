package org.heavylegs.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * The athlete's profile and questionnaire as athlete.yaml text, one per origin (e.g. "dashboard").
 * The text is stored as given; reading and checking it is formats' AthleteYaml's job.
 */
public final class Profiles {

    /** A stored profile: the YAML text and when it was last written. */
    public record StoredProfile(String origin, String yaml, Instant updatedAt) {
    }

    private final Store store;

    Profiles(Store store) {
        this.store = store;
    }

    /** Stores or replaces the profile of an origin. */
    public void put(String origin, String yaml, Instant at) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO athlete_profile (origin, yaml, updated_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (origin) DO UPDATE SET yaml = excluded.yaml, updated_at = excluded.updated_at")) {
                SqlText.set(ps, 1, origin);
                SqlText.set(ps, 2, yaml);
                SqlText.set(ps, 3, at.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The profile of an origin, if one was stored. */
    public Optional<StoredProfile> find(String origin) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT origin, yaml, updated_at FROM athlete_profile WHERE origin = ?")) {
                SqlText.set(ps, 1, origin);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new StoredProfile(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3))))
                            : Optional.<StoredProfile>empty();
                }
            }
        });
    }
}
