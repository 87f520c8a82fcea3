package org.heavylegs.core.athlete;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the physiological parameters are resolved from the profile, the wellness log and the recordings. */
class PhysiologyTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 5, 4);

    static Athlete withHrMax(Double hrMax) {
        return new Athlete("Jo", Sex.FEMALE, 1988, null, 60.0, hrMax, 50.0, null, null,
                Set.of(), Set.of(), Set.of(), null, null, null, Symptoms.UNANSWERED);
    }

    /**
     * A given hr_max is used as given, but when the recordings go clearly above it (a typo, an old
     * lab test, a value from a formula) every zone and load above it is off: the output must say so,
     * as it says every other doubtful parameter.
     */
    @Test
    void aGivenHrMaxWellBelowTheRecordedHeartRateIsNamed() {
        Physiology p = Physiology.resolve(withHrMax(150.0), AS_OF, List.of(), 174);
        assertThat(p.hrMax()).isEqualTo(150.0);
        assertThat(p.assumptions()).anyMatch(a -> a.contains("hr_max 150") && a.contains("174"));
    }

    @Test
    void aGivenHrMaxAtOrJustBelowTheRecordedMaximumIsNotQuestioned() {
        assertThat(Physiology.resolve(withHrMax(180.0), AS_OF, List.of(), 174).assumptions()).noneMatch(a -> a.contains("hr_max"));
        assertThat(Physiology.resolve(withHrMax(172.0), AS_OF, List.of(), 174).assumptions()).noneMatch(a -> a.contains("hr_max"));
        assertThat(Physiology.resolve(withHrMax(172.0), AS_OF, List.of(), Double.NaN).assumptions()).noneMatch(a -> a.contains("hr_max"));
    }
}
