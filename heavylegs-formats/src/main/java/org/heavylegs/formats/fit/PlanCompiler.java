package org.heavylegs.formats.fit;

import java.util.Arrays;

/**
 * Compiles definition messages into {@link MessagePlan}s: where each field sits, how it is read,
 * and, for records, which column each field feeds with which conversion (fast fields for
 * {@link FieldColumns}' typed loops, the rest generic).
 */
final class PlanCompiler {

    private PlanCompiler() {
    }

    /**
     * Compiles the definition message at {@code d[p, end)} (p at its record header; the caller has
     * checked that all its bytes are present).
     */
    static MessagePlan compile(byte[] d, int p, int end, DeveloperFields developers) {
        MessagePlan.Builder b = new MessagePlan.Builder();
        int header = d[p] & 0xFF;
        b.bigEndian = (d[p + 2] & 0xFF) == 1;
        b.global = b.bigEndian ? BaseType.u16be(d, p + 3) : BaseType.u16le(d, p + 3);
        b.use = MessagePlan.useOf(b.global);
        int n = d[p + 5] & 0xFF;
        b.fieldNumber = new int[n];
        b.fieldOffset = new int[n];
        b.fieldSize = new int[n];
        b.fieldKind = new int[n];
        b.fieldBaseType = new int[n];
        if (b.use == MessagePlan.CAPTURE) {
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
            } else if (b.use == MessagePlan.RECORD) {
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
                DeveloperFields.Description desc = b.use == MessagePlan.RECORD ? developers.get(devIndex, num) : null;
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
        b.developers = developers;
        b.developerVersion = developers.version();
        return b.build();
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

}
