package org.heavylegs.core.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.athlete.Plausible;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.core.trend.ActivityLoad;

/**
 * Everything known about one athlete up to an as-of date: profile, resolved physiology, one
 * summary per activity (with its load and its runs.csv row), wellness days, the run log, labs, the
 * assumptions made and the input problems met. Nothing dated after {@code asOf} is in it. This is
 * what trends and the diagnosis consume. Activities are summaries, never streams, so a ten-year
 * history stays a few megabytes.
 *
 * @param activities sorted by start; loads computed with {@code loadId}
 * @param runLog     every runs.csv row up to as-of, including those attached to an activity
 */
public record History(LocalDate asOf, ZoneId zone, Athlete athlete, Physiology physiology,
                      List<RunSummary> activities, List<WellnessDay> wellness, List<RunLogEntry> runLog,
                      List<LabValue> labs, String loadId, List<String> assumptions, List<InputProblem> problems) {

    public History {
        activities = List.copyOf(activities);
        wellness = List.copyOf(wellness);
        runLog = List.copyOf(runLog);
        labs = List.copyOf(labs);
        assumptions = List.copyOf(assumptions);
        problems = List.copyOf(problems);
    }

    /**
     * Cuts the data to {@code asOf}, resolves the physiology (profile, else own data, else documented
     * defaults), computes each activity's load and attaches the runs.csv rows.
     */
    public static History of(AthleteData data, LocalDate asOf, ActivityLoad load) {
        List<RunSummary> acts = new ArrayList<>();
        for (RunSummary r : data.activities()) {
            if (!r.date().isAfter(asOf)) {
                acts.add(r);
            }
        }
        acts.sort(Comparator.comparing(RunSummary::start));
        List<WellnessDay> wellness = new ArrayList<>(data.wellness().stream().filter(w -> !w.date().isAfter(asOf)).toList());
        wellness.sort(Comparator.comparing(WellnessDay::date));
        List<RunLogEntry> log = new ArrayList<>(data.runLog().stream().filter(e -> !e.date().isAfter(asOf)).toList());
        log.sort(Comparator.comparing(RunLogEntry::date));
        List<LabValue> labs = new ArrayList<>(data.labs().stream().filter(l -> !l.date().isAfter(asOf)).toList());
        labs.sort(Comparator.comparing(LabValue::date));

        double observedMax = Double.NaN;
        for (RunSummary r : acts) {
            if (Double.isFinite(r.maxHr()) && r.maxHr() <= Plausible.HR_MAX.max()
                    && (Double.isNaN(observedMax) || r.maxHr() > observedMax)) {
                observedMax = r.maxHr();
            }
        }
        Physiology physiology = Physiology.resolve(data.athlete(), asOf, wellness, observedMax);
        List<RunSummary> loaded = new ArrayList<>(acts.size());
        for (RunSummary r : acts) {
            loaded.add(r.withLoad(load.load(r, physiology)));
        }
        RunLogMatching.Result matched = RunLogMatching.attach(loaded, log);

        List<String> assumptions = new ArrayList<>(physiology.assumptions());
        if (data.zoneAssumed()) {
            assumptions.add("timezone not given: dates and times without an offset are read as " + data.zone()
                    + "; give timezone (e.g. Europe/Berlin) in athlete.yaml");
        }
        assumptions.add(load.description());
        List<InputProblem> problems = new ArrayList<>(data.problems());
        problems.addAll(matched.warnings());
        return new History(asOf, data.zone(), data.athlete(), physiology, matched.activities(), wellness, log, labs,
                load.id(), assumptions, problems);
    }

    /** Activities that are runs (see {@link RunSummary#isRun()}). */
    public List<RunSummary> runs() {
        return activities.stream().filter(RunSummary::isRun).toList();
    }

    /** runs.csv rows that no activity took: runs logged without a recording. */
    public List<RunLogEntry> unrecordedRuns() {
        Set<RunLogEntry> attached = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RunSummary r : activities) {
            if (r.log() != null) {
                attached.add(r.log());
            }
        }
        return runLog.stream().filter(e -> !attached.contains(e)).toList();
    }

    /** True when any input was refused (the command then exits 3). */
    public boolean anyRefused() {
        return problems.stream().anyMatch(InputProblem::refused);
    }
}
