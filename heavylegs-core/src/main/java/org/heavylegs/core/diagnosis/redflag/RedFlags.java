package org.heavylegs.core.diagnosis.redflag;

import java.util.List;

/** Every red-flag rule of SCIENCE.md section 13 that the data can show, listed explicitly. */
public final class RedFlags {

    private static final List<RedFlagRule> ALL = List.of(
            new ChestPain(), new PossiblePulmonaryEmbolism(), new Dizziness(), new SuspectedDvt(), new Hyponatremia(),
            new DarkUrine(), new AbnormalPotassium(), new LowMagnesium(), new AbnormalCalcium(), new AnemiaFlag(),
            new Claudication(), new Numbness(), new DiabetesLegSymptoms(), new VenousDisease());

    private RedFlags() {
    }

    public static List<RedFlagRule> all() {
        return ALL;
    }
}
