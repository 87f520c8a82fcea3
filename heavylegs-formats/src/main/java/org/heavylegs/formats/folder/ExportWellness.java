package org.heavylegs.formats.folder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.heavylegs.core.athlete.Plausible;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.history.InputProblem;

/**
 * The wellness days of the Garmin exports in activities/ merged with wellness.csv, by the rule of
 * the store's wellness load (heavylegs-store's Wellness, docs/store.md) so that {@code import} and
 * the folder agree: per day and per value, the runner's own log wins; a value it leaves empty (or
 * a day it does not have) comes from the exports. Between export files, a value of a file whose
 * name sorts later replaces an earlier one (the import merges files the same way, in walk order).
 */
final class ExportWellness {

    /** Export days by date, merged in the order {@link #add} was called. */
    private final Map<LocalDate, WellnessDay> exported = new TreeMap<>();

    /** Adds the days of one member; days in the future or before 1980 are skipped with a warning. */
    void add(ZipMember member, LocalDate today, List<InputProblem> problems) {
        for (String w : member.warnings()) {
            problems.add(InputProblem.warning(member.name(), 0, w));
        }
        for (WellnessDay d : member.wellness()) {
            if (d.date().isAfter(today)) {
                problems.add(InputProblem.warning(member.name(), 0, d.date() + " is in the future (today is " + today
                        + "); day skipped"));
                continue;
            }
            if (d.date().isBefore(Plausible.EARLIEST_DATE)) {
                problems.add(InputProblem.warning(member.name(), 0, d.date() + " is not plausible (before "
                        + Plausible.EARLIEST_DATE + "); day skipped"));
                continue;
            }
            exported.put(d.date(), d.orElse(exported.get(d.date())));
        }
    }

    /**
     * {@code own} (wellness.csv) with the exports' values where it has none, in date order;
     * {@code own} itself when no export gave a day.
     */
    List<WellnessDay> under(List<WellnessDay> own) {
        if (exported.isEmpty()) {
            return own;
        }
        Map<LocalDate, WellnessDay> merged = new TreeMap<>(exported);
        for (WellnessDay d : own) {
            merged.put(d.date(), d.orElse(merged.get(d.date())));
        }
        return new ArrayList<>(merged.values());
    }
}
