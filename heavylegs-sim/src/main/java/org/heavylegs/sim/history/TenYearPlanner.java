package org.heavylegs.sim.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.heavylegs.sim.run.Recording;
import org.heavylegs.sim.run.RunPlan;
import org.heavylegs.sim.run.RunnerProfile;
import org.heavylegs.sim.run.Segment;
import org.heavylegs.sim.run.SegmentKind;
import org.heavylegs.sim.run.Workouts;

/**
 * Ten years of a committed recreational runner: five to six runs a week (Monday mostly rest,
 * Friday often), a quality session or two, a Sunday long run that grows before the spring and
 * autumn marathons (second Sunday of April and October), one break of 10-18 days a year, fitness
 * that improves for four years and then slowly declines, and devices that change: a plain watch
 * for four years, then a chest strap on about half the runs (running dynamics and RR intervals),
 * and from year eight a foot pod on half of those.
 */
public final class TenYearPlanner implements Simulation.Planner {
    static final double SKIP = 0.04;
    static final double FRIDAY_SKIP = 0.15;
    static final double MONDAY_RUN = 0.2;
    static final double STRAP_SHARE = 0.55;
    static final double POD_SHARE = 0.5;
    /** Share of runs with a short stop at a traffic light or fountain. */
    static final double STOP_SHARE = 0.3;

    private final RunnerProfile runner;
    private final LocalDate first;
    private final Set<LocalDate> breaks = new HashSet<>();

    public TenYearPlanner(RunnerProfile runner, LocalDate first, LocalDate last, long seed) {
        this.runner = runner;
        this.first = first;
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            LocalDate start = LocalDate.of(y, 1, 1).plusDays(rnd.nextInt(365));
            int length = 10 + rnd.nextInt(9);
            for (int d = 0; d < length; d++) {
                breaks.add(start.plusDays(d));
            }
        }
    }

    @Override
    public DayPlan plan(PlanDay day) {
        LocalDate date = day.date();
        if (breaks.contains(date)) {
            return DayPlan.rest();
        }
        double years = (date.toEpochDay() - first.toEpochDay()) / 365.25;
        DayOfWeek dow = date.getDayOfWeek();
        double skip = dow == DayOfWeek.FRIDAY ? FRIDAY_SKIP : dow == DayOfWeek.MONDAY ? 1 - MONDAY_RUN : SKIP;
        if (day.rnd().nextDouble() < skip) {
            return DayPlan.rest();
        }
        RunPlan p = session(day, dow);
        double fitness = 0.9 + 0.1 * Math.min(1, years / 4) - 0.012 * Math.max(0, years - 6)
                + 0.02 * Math.sin(2 * Math.PI * date.getDayOfYear() / 365.0);
        p.fitness(fitness)
                .weather(Climate.morningC(day), Climate.humidity(day))
                .recording(recording(years, day.rnd()));
        boolean longRun = "long".equals(p.label()) || "race".equals(p.label());
        if (p.plannedMovingSeconds() >= 3600) {
            p.intake(500, longRun ? 45 : 0, longRun ? 300 : 0);
        }
        if (longRun) {
            p.logged(true);
        }
        return DayPlan.of(p);
    }

    private RunPlan session(PlanDay day, DayOfWeek dow) {
        LocalDate date = day.date();
        if (isRaceDay(date)) {
            return Workouts.longRunKm(42.195, runner.thresholdSpeedMps() * 0.86)
                    .startTime(LocalTime.of(9, 0)).logged(true);
        }
        boolean weekend = dow.getValue() >= 6;
        LocalTime start = weekend ? LocalTime.of(8, 0) : LocalTime.of(6, 30);
        RunPlan p = switch (dow) {
            case MONDAY -> Workouts.easy(runner, day.between(30, 40));
            case TUESDAY -> day.rnd().nextBoolean() ? Workouts.intervals(runner, 4 + day.rnd().nextInt(3), 240, 120, true)
                    : Workouts.tempo(runner, day.between(20, 30), true);
            case WEDNESDAY, SATURDAY -> Workouts.easy(runner, day.between(45, 70));
            case THURSDAY -> day.rnd().nextDouble() < 0.3 ? Workouts.tempo(runner, day.between(15, 25), true)
                    : Workouts.easy(runner, day.between(35, 50));
            case FRIDAY -> Workouts.easy(runner, day.between(35, 50));
            case SUNDAY -> Workouts.longRun(runner, longRunMinutes(date, day));
        };
        if (!"intervals".equals(p.label()) && day.rnd().nextDouble() < STOP_SHARE) {
            p.segments(withStand(p.segments(), day));
        }
        return p.startTime(start.plusMinutes((long) day.between(0, 60)));
    }

    /** A traffic light or a drink: 15-60 s standing with the timer running, somewhere in the steady part. */
    private static List<Segment> withStand(List<Segment> segments, PlanDay day) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            if (s.kind() == SegmentKind.STEADY && !Double.isNaN(s.seconds()) && s.seconds() > 600) {
                double at = s.seconds() * day.between(0.2, 0.8);
                out.add(Segment.forTime(s.kind(), at, s.speedMps()));
                out.add(Segment.stand(Math.rint(day.between(15, 60))));
                out.add(Segment.forTime(s.kind(), s.seconds() - at, s.speedMps()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** 75-95 min normally, growing to 150 min in the ten weeks before a marathon. */
    private static double longRunMinutes(LocalDate date, PlanDay day) {
        long toRace = Math.min(daysUntilRace(date, Month.APRIL), daysUntilRace(date, Month.OCTOBER));
        double build = toRace > 7 && toRace <= 70 ? 1 - (toRace - 7) / 63.0 : 0;
        return day.between(75, 95) + 55 * build;
    }

    private static long daysUntilRace(LocalDate date, Month month) {
        LocalDate race = raceDay(date.getYear(), month);
        if (race.isBefore(date)) {
            race = raceDay(date.getYear() + 1, month);
        }
        return race.toEpochDay() - date.toEpochDay();
    }

    private static LocalDate raceDay(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
    }

    static boolean isRaceDay(LocalDate date) {
        return date.equals(raceDay(date.getYear(), Month.APRIL)) || date.equals(raceDay(date.getYear(), Month.OCTOBER));
    }

    private static Recording recording(double years, SplittableRandom rnd) {
        if (years < 4 || rnd.nextDouble() >= STRAP_SHARE) {
            return Recording.WATCH;
        }
        return years >= 8 && rnd.nextDouble() < POD_SHARE ? Recording.WATCH_STRAP_AND_POD : Recording.WATCH_AND_STRAP;
    }
}
