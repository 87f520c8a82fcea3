package org.heavylegs.sim.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.heavylegs.core.athlete.Athlete;
import org.heavylegs.core.athlete.Symptoms;

/**
 * athlete.yaml in the layout of DESIGN.md 2.2, written by hand: only the keys that are given, in
 * the documented order, lists sorted (so that the file does not depend on set order).
 */
public final class AthleteYamlWriter {
    private AthleteYamlWriter() {
    }

    public static void write(Path file, Athlete a) throws IOException {
        Files.writeString(file, toYaml(a), StandardCharsets.UTF_8);
    }

    public static String toYaml(Athlete a) {
        StringBuilder y = new StringBuilder();
        put(y, "", "name", a.name() == null ? null : quote(a.name()));
        put(y, "", "sex", a.sex() == null ? null : a.sex().name().toLowerCase(Locale.ROOT));
        put(y, "", "birth_year", a.birthYear());
        put(y, "", "height_cm", num(a.heightCm()));
        put(y, "", "body_mass_kg", num(a.bodyMassKg()));
        put(y, "", "hr_max", num(a.hrMax()));
        put(y, "", "hr_rest", num(a.hrRest()));
        put(y, "", "threshold_hr", num(a.thresholdHr()));
        put(y, "", "threshold_pace", a.thresholdPaceSPerKm() == null ? null : quote(pace(a.thresholdPaceSPerKm())));
        put(y, "", "conditions", list(a.conditions()));
        put(y, "", "medications", list(a.medications()));
        put(y, "", "diet", list(a.diet()));
        put(y, "", "warmup_min_typical", num(a.warmupMinTypical()));
        put(y, "", "shoe_km", num(a.shoeKm()));
        put(y, "", "timezone", a.timezone());
        Symptoms s = a.symptoms();
        StringBuilder sy = new StringBuilder();
        put(sy, "  ", "heavy_legs_since_days", s.heavyLegsSinceDays());
        put(sy, "  ", "heaviness_first_km_only", s.heavinessFirstKmOnly());
        put(sy, "  ", "heaviness_worse_standing", s.heavinessWorseStanding());
        put(sy, "  ", "claudication", s.claudication());
        put(sy, "  ", "leg_swelling", s.legSwelling() == null ? null : s.legSwelling().name().toLowerCase(Locale.ROOT));
        put(sy, "  ", "calf_pain_at_rest", s.calfPainAtRest());
        put(sy, "  ", "chest_pain", s.chestPain());
        put(sy, "  ", "dizziness", s.dizziness());
        put(sy, "  ", "breathlessness", s.breathlessness());
        put(sy, "  ", "cramps", s.cramps());
        put(sy, "  ", "numbness", s.numbness());
        put(sy, "  ", "heavy_menstrual_bleeding", s.heavyMenstrualBleeding());
        put(sy, "  ", "dark_urine", s.darkUrine());
        if (sy.length() > 0) {
            y.append("symptoms:\n").append(sy);
        }
        return y.toString();
    }

    private static void put(StringBuilder y, String indent, String key, Object value) {
        if (value != null) {
            y.append(indent).append(key).append(": ").append(value).append('\n');
        }
    }

    private static String num(Double v) {
        return v == null ? null : Decimals.of(v, 1);
    }

    private static String list(Set<String> values) {
        return values.isEmpty() ? null : "[" + String.join(", ", values.stream().sorted().toList()) + "]";
    }

    /** Seconds per km as "m:ss". */
    static String pace(double sPerKm) {
        long s = Math.round(sPerKm);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A double-quoted YAML scalar. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
