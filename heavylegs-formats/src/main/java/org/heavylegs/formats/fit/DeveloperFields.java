package org.heavylegs.formats.fit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Developer field descriptions (field_description, 206) of one FIT file: what each (developer data
 * index, field number) is called, its base type, scale and offset. Record developer fields are
 * matched to our slots by name only (case-insensitive), from the explicit list below; a developer
 * field never feeds a slot of a native field, so a Connect IQ field called "distance" or "speed"
 * cannot overwrite the device's own.
 */
final class DeveloperFields {

    /** One described developer field. Scale 1 and offset 0 when the description leaves them invalid. */
    record Description(String name, int baseType, double scale, double offset, String units, int slot) {
    }

    /** Record developer fields we use, by lower-case name. */
    private static final Map<String, Integer> RECORD_SLOTS = Map.of(
            "power", RecordSlots.DEV_POWER,                       // Stryd (and other Connect IQ) running power, W
            "stryd temperature", RecordSlots.DEV_AMBIENT_TEMPERATURE, // Stryd footpod air temperature, C
            "stryd humidity", RecordSlots.DEV_HUMIDITY);           // Stryd footpod relative humidity, %

    private final Map<Integer, Description> byKey = new HashMap<>();
    private int version;

    /** Bumped whenever a description changes, so compiled plans know to recompile. */
    int version() {
        return version;
    }

    void clear() {
        if (!byKey.isEmpty()) {
            byKey.clear();
            version++;
        }
    }

    void describe(int devIndex, int fieldNumber, int baseTypeByte, String name, double scale, double offset, String units) {
        String n = name == null ? "" : name.trim();
        Integer slot = RECORD_SLOTS.get(n.toLowerCase(Locale.ROOT));
        double s = Double.isNaN(scale) || scale == 0 ? 1.0 : scale;
        double o = Double.isNaN(offset) ? 0.0 : offset;
        byKey.put(key(devIndex, fieldNumber),
                new Description(n, BaseType.number(baseTypeByte), s, o, units, slot == null ? -1 : slot));
        version++;
    }

    /** The description, or null when the file did not describe this field (before using it). */
    Description get(int devIndex, int fieldNumber) {
        return byKey.get(key(devIndex, fieldNumber));
    }

    private static int key(int devIndex, int fieldNumber) {
        return (devIndex & 0xFF) << 8 | (fieldNumber & 0xFF);
    }
}
