package org.heavylegs.sim;

/**
 * A simulated athlete with a known cause of heavy legs (or none), from the article's own examples.
 * Generating is deterministic: the same scenario gives byte-identical folders.
 */
public interface Scenario {
    /** Short id, also the folder name, e.g. "dehydration". */
    String id();

    /** What the athlete shows and which markers carry it, in one or two sentences. */
    String summary();

    long seed();

    Expected expected();

    AthleteFolder generate();
}
