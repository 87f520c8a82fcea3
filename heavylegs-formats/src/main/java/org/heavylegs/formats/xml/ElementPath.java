package org.heavylegs.formats.xml;

import java.util.Arrays;

/**
 * The local names of the open elements, root first. Namespaces are ignored on purpose: producers
 * bind the same Garmin schemas to different prefixes (ns3:, gpxtpx:, a default namespace), so we
 * match on local names and on their position.
 */
final class ElementPath {
    private String[] names = new String[16];
    private int depth;

    void push(String localName) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
        }
        names[depth++] = localName;
    }

    void pop() {
        names[--depth] = null;
    }

    int depth() {
        return depth;
    }

    /** The innermost element's local name. */
    String name() {
        return ancestor(0);
    }

    String parent() {
        return ancestor(1);
    }

    String grandparent() {
        return ancestor(2);
    }

    /** The local name {@code up} levels above the innermost element, or "" beyond the root. */
    String ancestor(int up) {
        int i = depth - 1 - up;
        return i >= 0 ? names[i] : "";
    }

    /** True when the innermost element is {@code name} and its parent is {@code parent}. */
    boolean is(String parent, String name) {
        return name.equals(name()) && parent.equals(parent());
    }

    /** True when an open element (the innermost included) has this local name. */
    boolean within(String name) {
        for (int i = 0; i < depth; i++) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }
}
