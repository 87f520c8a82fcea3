package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.trend.WellnessBaseline;

/**
 * Sleep debt (one of the article's "+"; the article's tip 4 asks for adequate sleep). Adults need at
 * least 7 h (Watson et al. 2015, AASM/SRS consensus); 7-9 h (Hirshkowitz 2015). Evidence from
 * wellness.csv only: the mean of the last 7 nights under 7 h (grade B for sleep and recovery, full at
 * 6 h), the same mean an hour or more under the athlete's own (grade C), and, when sleep is short,
 * fatigue above the own baseline (grade C). A mean of 7.5 h or more argues against (grade B), 7-7.5 h
 * weakly (grade C). With one data source it is at most possible.
 */
public final class SleepDebt implements Cause {
    public static final String ID = "sleep_debt";

    /** Adults need at least this, h (Watson 2015, AASM/SRS). */
    public static final double NEED_MIN_H = 7.0;
    /** A mean this far below the need counts fully [heuristic: 6 h]. */
    public static final double FULL_SHORTFALL_H = 1.0;
    /** This much below the athlete's own mean counts [heuristic]. */
    public static final double BELOW_OWN_H = 1.0;
    /** A mean at or above this is enough sleep [heuristic: middle of 7-9 h minus margin]. */
    public static final double ENOUGH_H = 7.5;
    /** Nights of the last 7 needed [heuristic]. */
    public static final int MIN_NIGHTS = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.WELLNESS).strategies(StrategyIds.REST_RECOVERY);
        org.heavylegs.core.trend.SleepDebt.Result s = in.trends().sleep();
        if (s.nights() < MIN_NIGHTS) {
            e.missing("sleep_h in wellness.csv (at least 3 of the last 7 nights) would confirm or rule this out");
            return e.assess();
        }
        double mean = s.meanH();
        if (mean < NEED_MIN_H) {
            e.add(Source.WELLNESS, Finding.numeric("sleep_h", mean, "h", ">= " + num(NEED_MIN_H) + " h a night (7-day mean)",
                    true, Strength.MODERATE, "Watson 2015 (AASM/SRS)"), Evidence.ramp(mean, NEED_MIN_H, NEED_MIN_H - FULL_SHORTFALL_H));
        } else {
            e.add(Source.WELLNESS, Finding.numeric("sleep_h", mean, "h", ">= " + num(NEED_MIN_H) + " h a night (7-day mean)",
                    false, mean >= ENOUGH_H ? Strength.MODERATE : Strength.WEAK, "Watson 2015; Hirshkowitz 2015"));
        }
        if (s.baselineMeanH() - mean >= BELOW_OWN_H) {
            e.add(Source.WELLNESS, Finding.numeric("sleep_below_own_h", s.baselineMeanH() - mean, "h",
                    ">= " + num(BELOW_OWN_H) + " h under own 60-day mean", true, Strength.WEAK, "SCIENCE.md 10.6 [heuristic]"));
        }
        boolean shortSleep = mean < NEED_MIN_H || s.baselineMeanH() - mean >= BELOW_OWN_H;
        in.trends().wellness().items().stream()
                .filter(i -> shortSleep && i.item() == WellnessBaseline.Item.FATIGUE && i.daysWorse() >= 2)
                .findFirst()
                .ifPresent(i -> e.add(Source.WELLNESS, Finding.numeric("fatigue_days_worse", i.daysWorse(), "days",
                        ">= 2 of 7 days above own baseline", true, Strength.WEAK, "Saw 2016")));
        return e.assess();
    }
}
