package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * A definition message compiled once per local message type: where each field sits in the data
 * message, how to read it, and, for {@code record} messages, which raw column it feeds with which
 * conversion. Data messages are then decoded by walking these arrays, with no objects per message.
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
    // kind, with an exact conversion) are grouped by read kind and written on every record, NaN
    // when invalid; so while records keep one plan, its columns need no NaN filling.
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
    /** A record plan with only fast fields and a little-endian timestamp (FitDecoder#plainRun). */
    final boolean plain;
    /**
     * An hrv plan whose time[] (field 0) is little-endian uint16 and which has no timestamp: read
     * in the record loop (chest straps interleave one with every beat or two).
     */
    final boolean hrvFast;
    /** Offset and number of values of the hrv time[] field when {@link #hrvFast}. */
    final int hrvOffset;
    final int hrvCount;
    /** Offset of compressed_speed_distance (3 bytes), or -1. */
    final int compressedSpeedDistanceOffset;

    /** The definition's bytes, its header reduced to the developer flag (to reuse the plan when the definition repeats). */
    private final byte[] definition;
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
        plain = use == RECORD && timestampLe && recordFields == 0 && b.compressedSpeedDistanceOffset < 0;
        int hrvTime = global == Profile.MESG_HRV ? indexOf(Profile.HRV_TIME) : -1;
        hrvFast = hrvTime >= 0 && timestampOffset < 0 && fieldKind[hrvTime] == BaseType.UINT16 * 2;
        hrvOffset = hrvFast ? fieldOffset[hrvTime] : 0;
        hrvCount = hrvFast ? fieldSize[hrvTime] / 2 : 0;
        compressedSpeedDistanceOffset = b.compressedSpeedDistanceOffset;
        definition = b.definition;
        developerVersion = b.developerVersion;
    }

    /** Index of a native field in this message, or -1. */
    int indexOf(int number) {
        return indexByNumber == null ? -1 : indexByNumber[number & 0xFF];
    }

    /**
     * True when this plan was compiled from the same definition (whatever its local type) under
     * the same developer field descriptions.
     */
    boolean sameDefinition(byte[] d, int from, int to, int devVersion) {
        return devVersion == developerVersion && definition[0] == (byte) (d[from] & 0x20)
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

    /**
     * Compiles the definition message at {@code d[p, end)} (p at its record header; the caller has
     * checked that all its bytes are present).
     */
    static MessagePlan compile(byte[] d, int p, int end, DeveloperFields developers) {
        Builder b = new Builder();
        int header = d[p] & 0xFF;
        b.bigEndian = (d[p + 2] & 0xFF) == 1;
        b.global = b.bigEndian ? BaseType.u16be(d, p + 3) : BaseType.u16le(d, p + 3);
        b.use = useOf(b.global);
        int n = d[p + 5] & 0xFF;
        b.fieldNumber = new int[n];
        b.fieldOffset = new int[n];
        b.fieldSize = new int[n];
        b.fieldKind = new int[n];
        b.fieldBaseType = new int[n];
        if (b.use == CAPTURE) {
            b.indexByNumber = new short[256];
            Arrays.fill(b.indexByNumber, (short) -1);
        }
        int offset = 0;
        int q = p + 6;
        int[] recOff = new int[n + 8];
        int[] recKind = new int[n + 8];
        int[] recSlot = new int[n + 8];
        double[] mul = new double[n + 8];
        double[] div = new double[n + 8];
        double[] sub = new double[n + 8];
        int r = 0;
        FastFields.Builder fast = new FastFields.Builder();
        boolean[] fastSlot = new boolean[RecordSlots.COUNT];
        // A slot's first field may be fast; later ones are generic and run after the fast loops,
        // so the last valid value still wins, as in definition order.
        boolean[] seenSlot = new boolean[RecordSlots.COUNT];

        for (int i = 0; i < n; i++, q += 3) {
            int num = d[q] & 0xFF;
            int fsize = d[q + 1] & 0xFF;
            int bt = BaseType.number(d[q + 2] & 0xFF);
            int kind = BaseType.kind(bt, fsize, b.bigEndian);
            b.fieldNumber[i] = num;
            b.fieldOffset[i] = offset;
            b.fieldSize[i] = fsize;
            b.fieldKind[i] = kind;
            b.fieldBaseType[i] = bt;
            if (b.indexByNumber != null && b.indexByNumber[num] < 0) {
                b.indexByNumber[num] = (short) i;
            }
            if (num == Profile.TIMESTAMP && b.timestampOffset < 0 && kind == BaseType.kind(BaseType.UINT32, 4, b.bigEndian)) {
                b.timestampOffset = offset;
                b.timestampKind = kind;
            } else if (b.use == RECORD) {
                if (num == RecordSlots.FIELD_COMPRESSED_SPEED_DISTANCE) {
                    if (fsize >= 3 && b.compressedSpeedDistanceOffset < 0) {
                        b.compressedSpeedDistanceOffset = offset;
                    }
                } else if (RecordSlots.SLOT[num] >= 0 && kind != BaseType.UNREADABLE) {
                    int slot = RecordSlots.SLOT[num];
                    boolean first = !seenSlot[slot];
                    seenSlot[slot] = true;
                    if (first && fast.add(offset, slot, kind, RecordSlots.MUL[num], RecordSlots.DIV[num], RecordSlots.SUB[num])) {
                        fastSlot[slot] = true;
                        offset += fsize;
                        continue;
                    }
                    recOff[r] = offset;
                    recKind[r] = kind;
                    recSlot[r] = RecordSlots.SLOT[num];
                    mul[r] = RecordSlots.MUL[num];
                    div[r] = RecordSlots.DIV[num];
                    sub[r] = RecordSlots.SUB[num];
                    r++;
                }
            }
            offset += fsize;
        }
        if ((header & 0x20) != 0) {
            int nDev = d[q] & 0xFF;
            q++;
            for (int i = 0; i < nDev; i++, q += 3) {
                int num = d[q] & 0xFF;
                int fsize = d[q + 1] & 0xFF;
                int devIndex = d[q + 2] & 0xFF;
                DeveloperFields.Description desc = b.use == RECORD ? developers.get(devIndex, num) : null;
                if (desc != null && desc.slot() >= 0) {
                    int kind = BaseType.kind(desc.baseType(), fsize, b.bigEndian);
                    if (kind != BaseType.UNREADABLE) {
                        if (r == recOff.length) {
                            int grown = r * 2;
                            recOff = Arrays.copyOf(recOff, grown);
                            recKind = Arrays.copyOf(recKind, grown);
                            recSlot = Arrays.copyOf(recSlot, grown);
                            mul = Arrays.copyOf(mul, grown);
                            div = Arrays.copyOf(div, grown);
                            sub = Arrays.copyOf(sub, grown);
                        }
                        recOff[r] = offset;
                        recKind[r] = kind;
                        recSlot[r] = desc.slot();
                        mul[r] = 1.0;
                        div[r] = desc.scale();
                        sub[r] = desc.offset();
                        r++;
                    }
                }
                offset += fsize;
            }
        }
        b.size = offset;
        b.recordFields = r;
        b.recOffset = Arrays.copyOf(recOff, r);
        b.recKind = Arrays.copyOf(recKind, r);
        b.recSlot = Arrays.copyOf(recSlot, r);
        b.recMul = Arrays.copyOf(mul, r);
        b.recDiv = Arrays.copyOf(div, r);
        b.recSub = Arrays.copyOf(sub, r);
        b.recFill = new boolean[r];
        for (int i = 0; i < r; i++) {
            b.recFill[i] = !fastSlot[recSlot[i]];
        }
        b.fast = fast.build();
        boolean[] all = fastSlot.clone();
        for (int i = 0; i < r; i++) {
            all[recSlot[i]] = true;
        }
        if (b.compressedSpeedDistanceOffset >= 0) {
            all[RecordSlots.COMPRESSED_SPEED] = true;
            all[RecordSlots.COMPRESSED_DISTANCE] = true;
        }
        int nAll = 0;
        int[] allSlots = new int[RecordSlots.COUNT];
        for (int s = 0; s < all.length; s++) {
            if (all[s]) {
                allSlots[nAll++] = s;
            }
        }
        b.allSlots = Arrays.copyOf(allSlots, nAll);
        b.definition = Arrays.copyOfRange(d, p, end);
        b.definition[0] = (byte) (header & 0x20);
        b.developerVersion = developers.version();
        return new MessagePlan(b);
    }

    /** Length in bytes of the definition message at {@code p}, or -1 when it runs past {@code end}. */
    static int definitionLength(byte[] d, int p, int end) {
        if (p + 6 > end) {
            return -1;
        }
        int q = p + 6 + 3 * (d[p + 5] & 0xFF);
        if ((d[p] & 0x20) != 0) {
            if (q + 1 > end) {
                return -1;
            }
            q += 1 + 3 * (d[q] & 0xFF);
        }
        return q > end ? -1 : q - p;
    }

    private static final class Builder {
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
        int developerVersion;
    }
}
