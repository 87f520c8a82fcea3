package org.heavylegs.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.junit.jupiter.api.Test;

/** One value at a time, as the dashboard adds them: profiles, run-log entries and lab values. */
class StoreSingleEntriesTest extends DatabaseTestBase {


    private static final Instant START = Instant.parse("2026-03-01T06:30:00Z");

    @Test
    void aProfileIsStoredPerOriginAndReplaced() {
        try (Store store = open()) {
            assertThat(store.profiles().find("dashboard")).isEmpty();
            store.profiles().put("dashboard", "name: Alex\n", START);
            store.profiles().put("dashboard", "name: Sam\nsex: female\n", START.plusSeconds(60));
            Profiles.StoredProfile p = store.profiles().find("dashboard").orElseThrow();
            assertThat(p.yaml()).isEqualTo("name: Sam\nsex: female\n");
            assertThat(p.updatedAt()).isEqualTo(START.plusSeconds(60));
            assertThat(store.profiles().find("other")).isEmpty();
        }
    }

    @Test
    void aRunLogEntryIsReplacedByItsRefAndOtherOriginsAreKept() {
        RunLogEntry first = entry(500.0, "dashboard:1");
        RunLogEntry second = entry(750.0, "dashboard:2");
        try (Store store = open()) {
            store.runLog().replace("runs.csv", List.of(entry(100.0, "runs.csv:2")));
            store.runLog().put("dashboard", START.toString(), "abc", first);
            store.runLog().put("dashboard", START.toString(), "abc", second);
            store.runLog().put("dashboard", "2026-03-02", null, entry(1.0, "dashboard:3"));
            assertThat(store.runLog().entries()).extracting(e -> e.entry().fluidMl()).containsExactlyInAnyOrder(100.0, 750.0, 1.0);
            assertThat(store.runLog().entries()).filteredOn(e -> e.originRef().equals(START.toString()))
                    .singleElement().satisfies(e -> assertThat(e.fileSha256()).isEqualTo("abc"));
        }
    }

    @Test
    void aLabValueReplacesTheSameTestOnTheSameDayOfItsOriginOnly() {
        LocalDate day = LocalDate.parse("2026-01-15");
        try (Store store = open()) {
            store.labs().replace("labs.csv", List.of(new LabValue(day, LabTest.FERRITIN, 30, 30, "ng/mL", "labs.csv:2")));
            store.labs().put("dashboard", new LabValue(day, LabTest.FERRITIN, 18, 18, "ng/mL", "dashboard"));
            store.labs().put("dashboard", new LabValue(day, LabTest.FERRITIN, 20, 20, "ug/L", "dashboard"));
            store.labs().put("dashboard", new LabValue(day, LabTest.HEMOGLOBIN, 135, 13.5, "g/dL", "dashboard"));
            assertThat(store.labs().values()).extracting(LabValue::value).containsExactlyInAnyOrder(30.0, 20.0, 135.0);
        }
    }

    private static RunLogEntry entry(Double fluidMl, String source) {
        return new RunLogEntry(LocalDate.parse("2026-03-01"), START, null, null, fluidMl, null, null, null, null, null,
                null, null, null, null, source);
    }
}
