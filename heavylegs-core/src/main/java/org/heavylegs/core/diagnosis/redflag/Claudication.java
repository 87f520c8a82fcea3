package org.heavylegs.core.diagnosis.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;
import org.heavylegs.core.metric.stops.Stops;

/**
 * The claudication pattern (SCIENCE.md 5.1 and 13, urgent vascular review): leg pain on walking or
 * running that goes within 10 min of standing still, the positive pattern of the Edinburgh Claudication
 * Questionnaire (Leng & Fowkes 1992). Raised on the questionnaire answer; a regular stop pattern in the
 * recordings is added as evidence but never raises the flag alone (interval sessions look the same).
 */
public final class Claudication implements RedFlagRule {
    public static final String ID = "claudication";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        if (!Boolean.TRUE.equals(in.symptoms().claudication())) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("claudication: yes (leg pain on walking that goes within 10 min of standing still)");
        in.focusText(Stops.KEY_PATTERN).filter(Stops.REGULAR::equals).ifPresent(p ->
                evidence.add(String.format(java.util.Locale.ROOT, "focus run: %.0f stops after bouts of about %.0f min",
                        in.focus(Stops.KEY_COUNT), in.focus(Stops.KEY_BOUT))));
        return Optional.of(new RedFlag(ID, Urgency.URGENT,
                "Leg pain that comes on with effort and goes within minutes of standing still is the pattern of "
                        + "narrowed leg arteries (claudication), also in young runners (artery entrapment, "
                        + "compartment syndrome). Ask your doctor soon for a vascular check (ankle-brachial index).",
                evidence));
    }
}
