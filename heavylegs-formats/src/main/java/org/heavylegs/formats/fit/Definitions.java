package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * The definitions in force in one FIT file of a chain: the plan of each of the 16 local message
 * types, the developer field descriptions, and a cache of plans by their definition bytes (some
 * devices redefine before nearly every message, and compiling a plan costs far more than
 * comparing its bytes).
 */
final class Definitions {
    private static final int PLAN_CACHE = 64;

    private final RecordTable table;
    private final MessagePlan[] plans = new MessagePlan[16];
    private final MessagePlan[] planCache = new MessagePlan[PLAN_CACHE];
    /** Per local type, the plan it had before its current one. */
    private final MessagePlan[] previous = new MessagePlan[16];
    final DeveloperFields developers = new DeveloperFields();

    Definitions(RecordTable table) {
        this.table = table;
    }

    /** Forgets the local types and developer descriptions (a new chained file); cached plans stay. */
    void reset() {
        Arrays.fill(plans, null);
        Arrays.fill(previous, null);
        developers.clear();
    }

    /** The plans by local message type (null: undefined); the record loop reads this array directly. */
    MessagePlan[] plans() {
        return plans;
    }

    /** Takes in the definition message {@code d[from, to)} for local type {@code local}. */
    void define(byte[] d, int local, int from, int to) {
        int devVersion = developers.version();
        MessagePlan old = plans[local];
        if (old != null && old.sameDefinition(d, from, to, devVersion)) {
            return;
        }
        // Devices that redefine before every message often alternate two definitions on one
        // local type: the one before the current is checked before hashing.
        MessagePlan before = previous[local];
        previous[local] = old;
        if (before != null && before.sameDefinition(d, from, to, devVersion)) {
            plans[local] = before;
            return;
        }
        int slot = MessagePlan.hash(d, from, to) & (PLAN_CACHE - 1);
        MessagePlan cached = planCache[slot];
        if (cached != null && cached.sameDefinition(d, from, to, devVersion)) {
            plans[local] = cached;
            return;
        }
        MessagePlan plan = PlanCompiler.compile(d, from, to, developers);
        for (int column : plan.allSlots) {
            table.ensure(column);
        }
        plans[local] = plan;
        planCache[slot] = plan;
    }
}
