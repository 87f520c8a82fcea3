package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * The definitions in force in one FIT file of a chain: the plan of each of the 16 local message
 * types, the developer field descriptions, and a cache of plans by their definition bytes (some
 * devices redefine before nearly every message, and compiling a plan costs far more than
 * comparing its bytes). The cache is the thread's ({@link Scratch#plans}): files of one device
 * repeat the same definitions, so most files compile no plan at all (compiling was 1.5 % of the
 * time on the ten-year athlete, 3.5 % on the corpus). Plans with developer fields only serve
 * the file they were compiled in ({@link MessagePlan#sameDefinition}).
 */
final class Definitions {
    private final RecordTable table;
    private final MessagePlan[] plans = new MessagePlan[16];
    private final MessagePlan[] planCache;
    /** Per local type, the plan it had before its current one. */
    private final MessagePlan[] previous = new MessagePlan[16];
    final DeveloperFields developers = new DeveloperFields();

    Definitions(RecordTable table, MessagePlan[] planCache) {
        this.table = table;
        this.planCache = planCache;
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
        DeveloperFields devs = developers;
        MessagePlan old = plans[local];
        if (old != null && old.sameDefinition(d, from, to, devs)) {
            return;
        }
        // Devices that redefine before every message often alternate two definitions on one
        // local type: the one before the current is checked before hashing.
        MessagePlan before = previous[local];
        previous[local] = old;
        if (before != null && before.sameDefinition(d, from, to, devs)) {
            plans[local] = before;
            return;
        }
        int slot = MessagePlan.hash(d, from, to) & (planCache.length - 1);
        MessagePlan plan = planCache[slot];
        if (plan == null || !plan.sameDefinition(d, from, to, devs)) {
            plan = PlanCompiler.compile(d, from, to, developers);
            planCache[slot] = plan;
        }
        for (int column : plan.allSlots) {
            table.ensure(column); // also for a plan of an earlier file
        }
        plans[local] = plan;
    }
}
