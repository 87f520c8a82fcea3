package org.heavylegs.core.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.diagnosis.redflag.RedFlagRule;
import org.heavylegs.core.diagnosis.redflag.RedFlags;
import org.heavylegs.core.history.InputProblem;
import org.heavylegs.core.plan.Planner;

/**
 * The diagnosis use case: runs every assessor ({@link Causes}), every red-flag rule ({@link RedFlags})
 * and the planner, and returns the whole answer. Every cause is always listed, highest score first
 * (ties: likely, possible, unknown, unlikely, then the list order). A failing assessor or rule is a
 * bug, never bad data: it is reported as a problem and the rest of the diagnosis stands.
 */
public final class Diagnoser {

    /** Prefix of problems that are internal failures (bugs), not refused input. */
    public static final String INTERNAL_ERROR = "internal error: ";
    /** Prefix of problems that are warnings: the input was used, but looked odd (the rest was skipped). */
    public static final String WARNING = "warning: ";

    private Diagnoser() {
    }

    private static boolean nearARecording(DiagnosisInput in, java.time.Instant start) {
        long tolerance = org.heavylegs.core.history.RunLogMatching.START_TOLERANCE.getSeconds();
        return in.history().activities().stream().anyMatch(r -> r.start() != null
                && Math.abs(java.time.Duration.between(start, r.start()).getSeconds()) <= tolerance);
    }

    public static Diagnosis diagnose(DiagnosisInput in) {
        List<String> problems = new ArrayList<>();
        for (InputProblem p : in.history().problems()) {
            problems.add(p.refused() ? p.toString() : WARNING + p);
        }
        List<Assessment> causes = new ArrayList<>();
        List<Cause> all = Causes.all();
        for (Cause c : all) {
            try {
                causes.add(c.assess(in));
            } catch (RuntimeException e) {
                problems.add(INTERNAL_ERROR + "assessing " + c.id() + ": " + e);
                causes.add(new Assessment(c.id(), Likelihood.UNKNOWN, 0, List.of(),
                        List.of("could not be assessed (internal error); please report it"), List.of()));
            }
        }
        List<String> order = Causes.ids();
        causes.sort(Comparator.comparingDouble(Assessment::score).reversed()
                .thenComparing(a -> rank(a.likelihood()))
                .thenComparing(a -> order.indexOf(a.cause())));

        List<RedFlag> flags = new ArrayList<>();
        for (RedFlagRule rule : RedFlags.all()) {
            try {
                rule.check(in).ifPresent(flags::add);
            } catch (RuntimeException e) {
                problems.add(INTERNAL_ERROR + "checking red flag " + rule.id() + ": " + e);
            }
        }
        flags.sort(Comparator.comparing(RedFlag::urgency));

        List<PlanItem> plan;
        try {
            plan = Planner.plan(in, causes, flags);
        } catch (RuntimeException e) {
            problems.add(INTERNAL_ERROR + "making the plan: " + e);
            plan = List.of();
        }

        List<String> assumptions = new ArrayList<>(in.history().assumptions());
        if (in.focusRun() == null) {
            assumptions.add("no run up to " + in.asOf() + ": causes that need a run are unknown");
        } else if (in.focusActivity() == null) {
            assumptions.add("the focus run's file could not be read again: its stream markers (warm-up, late-run form, "
                    + "wall) are missing");
        }
        if (in.focusMetrics() != null) {
            for (String note : in.focusMetrics().notes()) {
                if (!assumptions.contains(note)) {
                    assumptions.add(note);
                }
            }
        }
        java.time.LocalDate from = in.asOf().minusDays(in.windowDays() - 1L);
        for (org.heavylegs.core.athlete.RunLogEntry e : in.history().unrecordedRuns()) {
            // a row with a recorded run within reach was left over for another reason (that run is
            // logged by another row): RunLogMatching warns about it, so no time-zone guess here
            if (e.start() != null && !e.date().isBefore(from) && !nearARecording(in, e.start())) {
                assumptions.add(String.format(Locale.ROOT, "%s (%s) matched no recorded run starting within %d min: "
                        + "taken as a run without a recording; is the time local (time zone %s)?", e.source(),
                        e.start().atZone(in.history().zone()).toLocalDateTime(),
                        org.heavylegs.core.history.RunLogMatching.START_TOLERANCE.toMinutes(), in.history().zone()));
            }
        }
        assumptions.add(String.format(Locale.ROOT, "patterns over runs use the last %d days; labs older than %d days are "
                + "not used for causes", in.windowDays(), DiagnosisInput.LAB_MAX_AGE_DAYS));
        return new Diagnosis(in.athlete().name(), in.asOf(), in.windowDays(),
                in.focusRun() == null ? null : in.focusRun().source(),
                in.focusRun() == null ? null : in.focusRun().start(),
                assumptions, causes, flags, plan, problems);
    }

    private static int rank(Likelihood l) {
        return switch (l) {
            case LIKELY -> 0;
            case POSSIBLE -> 1;
            case UNKNOWN -> 2;
            case UNLIKELY -> 3;
        };
    }
}
