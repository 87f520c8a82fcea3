package org.heavylegs.formats.fit;

/**
 * What the classes that decode one FIT file share while they work through its messages: the
 * bytes, where the results go, the definitions in force, and the running state of the message
 * stream (the last timestamp, the last message read, counts for the closing warnings). One per
 * file; never shared between threads.
 */
final class DecoderState {
    final String source;
    final byte[] d;
    final FitContent out;
    final RecordTable table;
    final Definitions definitions;

    /** The chained FIT file being read (0 for the first). */
    int part;
    /** The last full timestamp seen (seconds since the FIT epoch), NaN before any. */
    double lastTimestamp = Double.NaN;
    /** True once a compressed-timestamp header was read in this part. */
    boolean compressedSeen;
    int untimedRecords;
    int compressedWithoutReference;

    // The last message decoded, to take it back when decoding loses its way right after it.
    int lastStart = -1;
    int lastRowsBefore;
    double lastTimeBefore;
    /** True right after resuming past damage: the next message is read on its own. */
    boolean resumed;

    // compressed_speed_distance accumulates its 12-bit distance over the records of a part.
    int lastCompressedDistance;
    long compressedDistance;

    DecoderState(String source, byte[] data, FitContent out) {
        this.source = source;
        this.d = data;
        this.out = out;
        this.table = out.records;
        this.definitions = new Definitions(table, out.scratch.plans);
        table.bind(data);
    }

    /** Definitions, developer descriptions and timestamps start afresh in each chained file. */
    void startPart() {
        definitions.reset();
        lastTimestamp = Double.NaN;
        lastCompressedDistance = 0;
        compressedDistance = 0;
        compressedSeen = false;
    }

    /** Remembers the message just read (at {@code start}), which may have to be taken back. */
    void remember(int start, int rowsBefore, double timeBefore) {
        lastStart = start;
        lastRowsBefore = rowsBefore;
        lastTimeBefore = timeBefore;
    }

    /**
     * The time of a compressed-timestamp header: the 5-bit offset replaces the low 5 bits of the
     * last timestamp, rolling over by 32 s when it is smaller than them.
     */
    double compressedTimestamp(int offset) {
        if (Double.isNaN(lastTimestamp)) {
            compressedWithoutReference++;
            return Double.NaN;
        }
        long last = (long) lastTimestamp;
        long t = (last & ~0x1FL) + offset;
        if (offset < (last & 0x1F)) {
            t += 0x20;
        }
        lastTimestamp = t;
        return t;
    }
}
