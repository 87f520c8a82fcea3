package org.heavylegs.report.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Likelihood;

/**
 * The article's six frequently asked questions, asked and answered in our own words. Given a
 * {@link Diagnosis}, each answer gains a sentence with the runner's own numbers.
 */
public final class Faq {

    /** One question, our general answer, and the causes whose findings make it personal. */
    public record Entry(String question, String answer, List<String> causes) {
        public Entry {
            causes = List.copyOf(causes);
        }
    }

    /** A question with its general answer and, when a diagnosis was given, the personal part (else null). */
    public record Answer(String question, String answer, String personal) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("What in the body makes legs feel heavy on a run?",
                    "Heavy legs is a feeling, not a single condition. The usual reasons are muscles short of "
                            + "fuel or water, not recovered from earlier training, not yet warmed up, tiring within "
                            + "the run, getting too little oxygen (from the blood or the circulation), or doing extra "
                            + "work because of how you run. Several often act together, which is why HeavyLegs weighs "
                            + "each one against your own data instead of naming one.",
                    List.of()),
            new Entry("How does losing fluid make my legs heavy?",
                    "Sweat takes water from the blood. With less blood volume the heart beats faster to move the "
                            + "same amount, has less to spare for cooling, and the same pace feels harder, which you "
                            + "feel in your legs. It starts to matter once about 2 % of body mass is lost, and more "
                            + "so in the heat.",
                    List.of("dehydration")),
            new Entry("What do electrolytes have to do with heavy legs?",
                    "Sodium, potassium, magnesium and calcium carry the electrical signals that make muscles "
                            + "contract and relax, so levels out of range can leave them weak or crampy. For most "
                            + "runners with normal blood tests the link is weak, though, and on long runs drinking too "
                            + "much plain water (which dilutes sodium) is a bigger danger than too little salt.",
                    List.of("electrolyte_imbalance")),
            new Entry("Is overtraining a common cause, and how do I fix it?",
                    "Short spells of overreaching are common among runners who train a lot; the full overtraining "
                            + "syndrome, which takes months to recover from, is much rarer. Both come from training that "
                            + "has grown faster than recovery. The fix is to train less for a while (about a third to a half "
                            + "less for one to two weeks), take real rest days, sleep and eat enough, and then build "
                            + "back gradually. Morning HRV and resting heart rate show when you are ready again.",
                    List.of("overtraining")),
            new Entry("How can my running form make my legs heavy?",
                    "Every stride costs energy. Overstriding at a low step rate brakes each landing, a big "
                            + "bounce lifts your body more than needed, and an uneven gait overloads one side, so some "
                            + "muscles tire early. Raising your step rate by about 5 % is the best-supported first "
                            + "change.",
                    List.of("biomechanics")),
            new Entry("Can anemia make my legs heavy?",
                    "Yes. Hemoglobin carries oxygen to the muscles; with too little of it, or too little iron, the "
                            + "legs get less oxygen per heartbeat and tire at paces that used to be easy. Only a blood "
                            + "test can tell: hemoglobin, ferritin, transferrin saturation and CRP.",
                    List.of("anemia")));

    private Faq() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The six answers; personal parts only when a diagnosis is given (null gives general answers). */
    public static List<Answer> answers(Diagnosis diagnosis) {
        List<Answer> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            String personal = null;
            if (diagnosis != null) {
                personal = e.causes().isEmpty() ? overview(diagnosis) : personal(diagnosis, e.causes().get(0));
            }
            out.add(new Answer(e.question(), e.answer(), personal));
        }
        return out;
    }

    private static String overview(Diagnosis d) {
        List<Assessment> likely = d.causes().stream().filter(a -> a.likelihood() == Likelihood.LIKELY).toList();
        if (!likely.isEmpty()) {
            List<String> names = likely.stream().limit(3).map(a -> Labels.cause(a.cause()).toLowerCase(java.util.Locale.ROOT)).toList();
            return "For you, the data points most to " + joinAnd(names) + (likely.size() > 3 ? " (and more)" : "")
                    + ": " + (likely.size() == 1 ? "it is" : "they are") + " likely.";
        }
        Optional<Assessment> possible = d.causes().stream().filter(a -> a.likelihood() == Likelihood.POSSIBLE).findFirst();
        if (possible.isPresent()) {
            return "For you, no cause is likely; the strongest candidate is "
                    + Labels.cause(possible.get().cause()).toLowerCase(java.util.Locale.ROOT) + " (possible).";
        }
        if (d.causes().stream().allMatch(a -> a.likelihood() == Likelihood.UNKNOWN)) {
            return "For you, there is not yet enough data to weigh any cause.";
        }
        return "For you, no cause is likely or possible on the data given.";
    }

    private static String personal(Diagnosis d, String causeId) {
        Optional<Assessment> found = d.causes().stream().filter(a -> a.cause().equals(causeId)).findFirst();
        if (found.isEmpty()) {
            return null;
        }
        Assessment a = found.get();
        String head = "For you, " + Labels.cause(causeId).toLowerCase(java.util.Locale.ROOT) + " is "
                + a.likelihood().key();
        List<Finding> key = keyFindings(a, 2);
        if (key.isEmpty()) {
            return head + (a.missing().isEmpty() ? "." : ": " + lowerFirst(a.missing().get(0)) + ".");
        }
        List<String> parts = new ArrayList<>();
        for (Finding f : key) {
            parts.add("your " + Labels.marker(f.marker()) + " was " + Labels.value(f)
                    + (f.threshold() == null || f.threshold().isBlank() ? "" : " (rule " + f.threshold() + ")")
                    + (f.supports() ? ", which argues for it" : ", which argues against it"));
        }
        return head + ": " + String.join("; ", parts) + ".";
    }

    /**
     * The findings that matter most: those agreeing with the verdict first (for the cause when it is
     * likely, possible or unknown; against it when unlikely), then the strongest; ties keep the
     * assessor's order.
     */
    public static List<Finding> keyFindings(Assessment a, int max) {
        boolean wantSupport = a.likelihood() != Likelihood.UNLIKELY;
        return a.findings().stream()
                .sorted(Comparator.comparing((Finding f) -> f.supports() != wantSupport).thenComparing(Finding::strength))
                .limit(max)
                .toList();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String joinAnd(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
