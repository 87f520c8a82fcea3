package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * A definition message compiled once per local message type: where each field sits in the data
 * message, how to read it, and, for {@code record} messages, which raw column it feeds with which
 * conversion. Data messages are then decoded by walking these arrays, with no objects per message.
 * {@link PlanCompiler} makes plans from definition messages.
 */
final class MessagePlan {
    /** Nothing in this message is used (its timestamp still is). */
    static final int SKIP = 0;
    /** A record: fields go straight into the record columns. */
    static final int RECORD = 1;
    /** A rare message read field by field (session, lap, event, file_id, ...). */
    static final int CAPTURE = 2;

    final int global;
    final boolean bigEndian;
    /** Bytes of the data message after its header byte. */
    final int size;
    final int use;
    /** Offset of the timestamp (253) as a uint32, or -1. */
    final int timestampOffset;
    final int timestampKind;

    // All native fields (CAPTURE messages are read through these).
    final int[] fieldNumber;
    final int[] fieldOffset;
    final int[] fieldSize;
    /** Read kind ({@link BaseType#kind}); strings and byte arrays keep their base type number in {@link #fieldBaseType}. */
    final int[] fieldKind;
    final int[] fieldBaseType;
    private final short[] indexByNumber;

    // Record plan. Fast fields (the first field of each slot, of a common little-endian integer
    // kind, with an exact conversion) write every row of their column, NaN when invalid.
    final FastFields fast;
    // Generic fields (developer fields, big-endian, floats, "z" types, a slot's later fields): read
    // through BaseType.read and written only when valid.
    final int recordFields;
    final int[] recOffset;
    final int[] recKind;
    final int[] recSlot;
    final double[] recMul;
    final double[] recDiv;
    final double[] recSub;
    /** False when a fast field of this plan writes the same slot (so the row is written anyway). */
    final boolean[] recFill;
    /** Every slot this plan writes (fast, generic, compressed speed and distance), for the table to allocate. */
    final int[] allSlots;
    /** True when the timestamp is a little-endian uint32 (read with one load). */
    final boolean timestampLe;
    /** True when the timestamp is a big-endian uint32 (one load and a byte swap). */
    final boolean timestampBe;
    /** A record plan with a uint32 timestamp and no compressed speed and distance ({@link RecordLoop}). */
    final boolean plain;
    /**
     * An hrv plan whose time[] (field 0) is uint16 and which has no timestamp: read in the record
     * loop (chest straps interleave one with every beat or two).
     */
    final boolean hrvFast;
    /** Offset and number of values of the hrv time[] field when {@link #hrvFast}. */
    final int hrvOffset;
    final int hrvCount;
    /** Offset of compressed_speed_distance (3 bytes), or -1. */
    final int compressedSpeedDistanceOffset;

    /** The definition's bytes, its header reduced to the developer flag (to reuse the plan when the definition repeats). */
    private final byte[] definition;
    /** For a definition with developer fields: the descriptions it was compiled under (null otherwise). */
    private final DeveloperFields developers;
    private final int developerVersion;

    private MessagePlan(Builder b) {
        global = b.global;
        bigEndian = b.bigEndian;
        size = b.size;
        use = b.use;
        timestampOffset = b.timestampOffset;
        timestampKind = b.timestampKind;
        fieldNumber = b.fieldNumber;
        fieldOffset = b.fieldOffset;
        fieldSize = b.fieldSize;
        fieldKind = b.fieldKind;
        fieldBaseType = b.fieldBaseType;
        indexByNumber = b.indexByNumber;
        recordFields = b.recordFields;
        recOffset = b.recOffset;
        recKind = b.recKind;
        recSlot = b.recSlot;
        recMul = b.recMul;
        recDiv = b.recDiv;
        recSub = b.recSub;
        recFill = b.recFill;
        fast = b.fast;
        allSlots = b.allSlots;
        timestampLe = timestampOffset >= 0 && timestampKind == BaseType.UINT32 * 2;
        timestampBe = timestampOffset >= 0 && timestampKind == BaseType.UINT32 * 2 + 1;
        plain = use == RECORD && (timestampLe || timestampBe) && b.compressedSpeedDistanceOffset < 0;
        int hrvTime = global == Profile.MESG_HRV ? indexOf(Profile.HRV_TIME) : -1;
        hrvFast = hrvTime >= 0 && timestampOffset < 0 && (fieldKind[hrvTime] >> 1) == BaseType.UINT16;
        hrvOffset = hrvFast ? fieldOffset[hrvTime] : 0;
        hrvCount = hrvFast ? fieldSize[hrvTime] / 2 : 0;
        compressedSpeedDistanceOffset = b.compressedSpeedDistanceOffset;
        definition = b.definition;
        developers = definition[0] != 0 ? b.developers : null;
        developerVersion = b.developerVersion;
    }

    /** Index of a native field in this message, or -1. */
    int indexOf(int number) {
        return indexByNumber == null ? -1 : indexByNumber[number & 0xFF];
    }

    /**
     * True when this plan was compiled from the same definition (whatever its local type) and,
     * when it has developer fields, under the same developer field descriptions of the same file.
     * A plan without developer fields depends on nothing else, so it serves any later file too.
     */
    boolean sameDefinition(byte[] d, int from, int to, DeveloperFields devs) {
        return definition[0] == (byte) (d[from] & 0x20)
                && (developers == null || developers == devs && devs.version() == developerVersion)
                && Arrays.equals(definition, 1, definition.length, d, from + 1, to);
    }

    /** A hash of a definition's bytes that ignores its local type. */
    static int hash(byte[] d, int from, int to) {
        int h = d[from] & 0x20;
        for (int i = from + 1; i < to; i++) {
            h = 31 * h + d[i];
        }
        return h ^ (h >>> 16);
    }

    /** Which messages are used, and how. */
    static int useOf(int global) {
        switch (global) {
            case Profile.MESG_RECORD:
                return RECORD;
            case Profile.MESG_FILE_ID:
            case Profile.MESG_SPORT:
            case Profile.MESG_SESSION:
            case Profile.MESG_LAP:
            case Profile.MESG_EVENT:
            case Profile.MESG_DEVICE_INFO:
            case Profile.MESG_HRV:
            case Profile.MESG_HR:
            case Profile.MESG_FIELD_DESCRIPTION:
                return CAPTURE;
            default:
                return SKIP;
        }
    }

    /** What {@link PlanCompiler} collects; {@link #build} makes the plan. */
    static final class Builder {
        int global;
        boolean bigEndian;
        int size;
        int use;
        int timestampOffset = -1;
        int timestampKind;
        int[] fieldNumber;
        int[] fieldOffset;
        int[] fieldSize;
        int[] fieldKind;
        int[] fieldBaseType;
        short[] indexByNumber;
        int recordFields;
        int[] recOffset;
        int[] recKind;
        int[] recSlot;
        double[] recMul;
        double[] recDiv;
        double[] recSub;
        boolean[] recFill;
        FastFields fast;
        int[] allSlots;
        int compressedSpeedDistanceOffset = -1;
        byte[] definition;
        DeveloperFields developers;
        int developerVersion;

        MessagePlan build() {
            return new MessagePlan(this);
        }
    }
}
