package org.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.heavylegs.formats.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect --athlete}: the profile's values replace the defaults, and a bad profile is named. */
class InspectAthleteTest {
    private static final String RUN = "python-fitparse/activity-small-fenix2-run.fit";

    @Test
    void profileValuesReplaceTheDefaultsAndAreNoLongerAssumed(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("athlete.yaml");
        Files.writeString(yaml, "name: Alex\nsex: female\nbirth_year: 1988\nhr_max: 196\nhr_rest: 44\nbody_mass_kg: 58.5\n");
        HeavyLegsTest.Result plain = HeavyLegsTest.run("inspect", "--json", Corpus.file(RUN).toString());
        HeavyLegsTest.Result withProfile = HeavyLegsTest.run("inspect", "--json", "--athlete", yaml.toString(), Corpus.file(RUN).toString());
        assertThat(withProfile.code()).as(withProfile.err()).isZero();

        JsonNode before = new ObjectMapper().readTree(plain.out()).get(0);
        JsonNode after = new ObjectMapper().readTree(withProfile.out()).get(0);
        assertThat(before.get("assumptions").toString()).contains("hr_max", "hr_rest", "sex not given", "body mass assumed");
        assertThat(after.get("assumptions").toString()).doesNotContain("hr_max", "hr_rest", "sex not given", "body mass assumed");
        // female Banister weighting and another heart-rate reserve give another TRIMP
        assertThat(after.at("/metrics/trimp_banister").asDouble()).isNotEqualTo(before.at("/metrics/trimp_banister").asDouble());
        // energy is mass x grade-adjusted km: 58.5 kg against the assumed 70 kg
        assertThat(after.at("/metrics/kcal").asDouble() / before.at("/metrics/kcal").asDouble())
                .isCloseTo(58.5 / 70, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void aBadProfileValueIsNamedWithItsLineAndExitsThree(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("athlete.yaml");
        Files.writeString(yaml, "name: Alex\nhr_max: lots\n");
        HeavyLegsTest.Result r = HeavyLegsTest.run("inspect", "--athlete", yaml.toString(), Corpus.file(RUN).toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(yaml + ":2").contains("hr_max");
        assertThat(r.out()).contains("activity-small"); // the run is still inspected
    }

    @Test
    void aMissingProfileIsNamedWithItsReasonAndTheRunStillInspected(@TempDir Path dir) {
        Path yaml = dir.resolve("nope.yaml");
        HeavyLegsTest.Result r = HeavyLegsTest.run("inspect", "--athlete", yaml.toString(), Corpus.file(RUN).toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(yaml + ": no such file; defaults used");
        assertThat(r.out()).contains("activity-small");
    }
}
