package org.heavylegs.formats.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Names of archive members: readable display names ("a.zip!/b.zip!/c.fit") and the zip-slip check. */
final class EntryNames {

    private EntryNames() {
    }

    /** Why a name is unsafe, or null when it is a plain relative path. */
    static String unsafeName(String name) {
        if (name.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        String n = name.replace('\\', '/');
        if (n.startsWith("/")) {
            return "'" + name + "' is an absolute path";
        }
        if (n.length() >= 2 && n.charAt(1) == ':' && Character.isLetter(n.charAt(0))) {
            return "'" + name + "' names a drive";
        }
        for (String part : n.split("/", -1)) {
            if (part.equals("..")) {
                return "'" + name + "' climbs out of the archive with '..'";
            }
        }
        return null;
    }

    /** The root, then each level of the chain joined by "!/". */
    static String display(Path root, List<String> chain) {
        StringBuilder sb = new StringBuilder(root.resolve(chain.get(0)).toString());
        for (int i = 1; i < chain.size(); i++) {
            sb.append("!/").append(chain.get(i));
        }
        return sb.toString();
    }

    static List<String> append(List<String> chain, String name) {
        List<String> c = new ArrayList<>(chain.size() + 1);
        c.addAll(chain);
        c.add(name);
        return c;
    }
}
