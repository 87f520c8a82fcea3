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
    final DeveloperFields developers = new DeveloperFields();

    Definitions(RecordTable table) {
        this.table = table;
    }

    /** Forgets the local types and developer descriptions (a new chained file); cached plans stay. */
    void reset() {
        Arrays.fill(plans, null);
        developers.clear();
    }

    /** The plans by local message type (null: undefined); the record loop reads this array directly. */
    MessagePlan[] plans() {
        return plans;
    }

    /**
     * The first local type defined as an hrv message of the usual layout ({@link MessagePlan#hrvFast}),
     * or -1: the record loop takes those between records.
     */
    int hrvLocal() {
        for (int i = 0; i < plans.length; i++) {
            if (plans[i] != null && plans[i].hrvFast) {
                return i;
            }
        }
        return -1;
    }

    /** Takes in the definition message {@code d[from, to)} for local type {@code local}. */
    void define(byte[] d, int local, int from, int to) {
        int devVersion = developers.version();
        MessagePlan old = plans[local];
        if (old != null && old.sameDefinition(d, from, to, devVersion)) {
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
