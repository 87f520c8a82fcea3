package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.athlete.CorrectedCalcium;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;

/**
 * Lab values and their change between draws: per test, the latest value, the draw before it, the
 * change and the days between; plus the albumin-corrected calcium (Payne 1973) of every date where
 * calcium and albumin were drawn together. Values are in the canonical units of {@link LabTest}.
 * Judging them against cut-offs is the diagnosis's job.
 */
public final class LabChanges {

    /**
     * @param previous null when only one draw exists
     */
    public record Change(LabTest test, LabValue latest, LabValue previous, double change, double changePct, long daysBetween) {
    }

    public record CorrectedCalciumValue(LocalDate date, double calciumMmolL, double albuminGL, double correctedMmolL) {
    }

    public record Result(List<Change> latest, List<CorrectedCalciumValue> correctedCalcium) {
    }

    private LabChanges() {
    }

    public static Result of(List<LabValue> labs, LocalDate asOf) {
        Map<LabTest, List<LabValue>> byTest = new EnumMap<>(LabTest.class);
        for (LabValue v : labs) {
            if (!v.date().isAfter(asOf)) {
                byTest.computeIfAbsent(v.test(), t -> new ArrayList<>()).add(v);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<LabTest, List<LabValue>> e : byTest.entrySet()) {
            List<LabValue> vs = e.getValue();
            vs.sort(java.util.Comparator.comparing(LabValue::date));
            LabValue last = vs.get(vs.size() - 1);
            LabValue prev = vs.size() > 1 ? vs.get(vs.size() - 2) : null;
            double change = prev == null ? Double.NaN : last.value() - prev.value();
            double pct = prev == null || prev.value() == 0 ? Double.NaN : change / prev.value() * 100;
            long days = prev == null ? -1 : ChronoUnit.DAYS.between(prev.date(), last.date());
            changes.add(new Change(e.getKey(), last, prev, change, pct, days));
        }
        List<CorrectedCalciumValue> corrected = new ArrayList<>();
        List<LabValue> calcium = byTest.getOrDefault(LabTest.CALCIUM, List.of());
        List<LabValue> albumin = byTest.getOrDefault(LabTest.ALBUMIN, List.of());
        for (LabValue ca : calcium) {
            for (LabValue alb : albumin) {
                if (alb.date().equals(ca.date())) {
                    corrected.add(new CorrectedCalciumValue(ca.date(), ca.value(), alb.value(),
                            CorrectedCalcium.mmolPerL(ca.value(), alb.value())));
                    break;
                }
            }
        }
        return new Result(changes, corrected);
    }
}
