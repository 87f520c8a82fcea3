package org.heavylegs.formats.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.heavylegs.formats.UnreadableFileException;

/**
 * Everything the decoder took from one FIT file (all parts of a chain): the record columns, the
 * few session, lap, event and device messages, RR intervals, and what went wrong where. Filled by
 * {@link FitDecoder}, turned into activities by {@link ActivityAssembler}.
 */
final class FitContent {
    /** The arrays of {@link #records} and {@link #rrS}, reused from file to file: copy out what leaves. */
    final Scratch scratch;
    final RecordTable records;

    FitContent(Scratch scratch) {
        this.scratch = scratch;
        this.records = new RecordTable(scratch);
        this.rrS = scratch.rr;
    }

    /** Records whose time is still unknown once decoding is done (NaN in the time column). */
    int rowsWithoutTime;

    /** First record row of each chained part; parts.length == number of parts read. */
    int[] partFirstRow = new int[4];
    int parts;

    final List<FitSession> sessions = new ArrayList<>();
    final List<FitLap> laps = new ArrayList<>();
    /** file_id.type of each part, -1 when the part had none. */
    final List<Integer> fileTypes = new ArrayList<>();

    // Timer events (event 0): FIT timestamp, event_type, part.
    double[] timerTime = new double[16];
    int[] timerType = new int[16];
    int[] timerPart = new int[16];
    int timerEvents;

    // RR intervals (from hrv and hr messages): the intervals in order (s), and the groups of
    // consecutive intervals logged at one time (the last timestamp before them) in one part; an
    // hrv message gives one group of up to five. Kept by group, not per interval, because a third
    // of the ten-year athlete's files have more intervals than records. rrS is longer than rrCount.
    double[] rrS;
    int rrCount;
    double[] rrGroupTime = new double[16];
    int[] rrGroupPart = new int[16];
    /** Per group: the index in {@link #rrS} after its last interval. */
    int[] rrGroupEnd = new int[16];
    int rrGroups;

    // The device: from the creator's device_info when present, else from file_id.
    int fileIdManufacturer = -1;
    int fileIdProduct = -1;
    String fileIdProductName;
    int creatorManufacturer = -1;
    int creatorProduct = -1;
    String creatorProductName;

    // The sport message (12), for files without a session.
    int sportMessageSport = -1;
    int sportMessageSubSport = -1;

    final List<String> warnings = new ArrayList<>();

    /** The first damage that stopped or spoiled decoding, or null for a clean file. */
    UnreadableFileException.Kind damage;
    String damageReason;
    long damageOffset = -1;

    void damage(UnreadableFileException.Kind kind, String reason, long offset) {
        if (damage == null) {
            damage = kind;
            damageReason = reason;
            damageOffset = offset;
        }
        warnings.add(reason + " (at byte " + offset + ")");
    }

    void startPart() {
        if (parts == partFirstRow.length) {
            partFirstRow = Arrays.copyOf(partFirstRow, parts * 2);
        }
        partFirstRow[parts++] = records.rows();
        fileTypes.add(-1);
    }

    /** The part a record row belongs to. */
    int partOf(int row) {
        int p = 0;
        while (p + 1 < parts && partFirstRow[p + 1] <= row) {
            p++;
        }
        return p;
    }

    void addTimerEvent(double time, int type, int part) {
        if (timerEvents == timerTime.length) {
            int n = timerEvents * 2;
            timerTime = Arrays.copyOf(timerTime, n);
            timerType = Arrays.copyOf(timerType, n);
            timerPart = Arrays.copyOf(timerPart, n);
        }
        timerTime[timerEvents] = time;
        timerType[timerEvents] = type;
        timerPart[timerEvents] = part;
        timerEvents++;
    }

    void addRr(double time, double seconds, int part) {
        double[] rr = rrRoom(time, part, 1);
        rr[rrCount] = seconds;
        rrAdded(rrCount + 1);
    }

    /**
     * Makes room for up to {@code max} intervals logged at {@code time} in {@code part}, and
     * returns the array to write them into from index {@link #rrCount} on; then
     * {@link #rrAdded} with the new count. (The record loop writes an hrv message's intervals so.)
     */
    double[] rrRoom(double time, int part, int max) {
        int g = rrGroups - 1;
        if (g < 0 || Double.doubleToRawLongBits(rrGroupTime[g]) != Double.doubleToRawLongBits(time) || rrGroupPart[g] != part) {
            newRrGroup(time, part);
        }
        if (rrCount + max > rrS.length) {
            rrS = Arrays.copyOf(rrS, Math.max(rrCount + max, Math.max(256, rrCount * 2)));
            scratch.rr = rrS;
        }
        return rrS;
    }

    /** The intervals up to {@code newCount} are written (see {@link #rrRoom}). */
    void rrAdded(int newCount) {
        rrCount = newCount;
        rrGroupEnd[rrGroups - 1] = newCount;
    }

    private void newRrGroup(double time, int part) {
        if (rrGroups == rrGroupTime.length) {
            int n = rrGroups * 2;
            rrGroupTime = Arrays.copyOf(rrGroupTime, n);
            rrGroupPart = Arrays.copyOf(rrGroupPart, n);
            rrGroupEnd = Arrays.copyOf(rrGroupEnd, n);
        }
        rrGroupTime[rrGroups] = time;
        rrGroupPart[rrGroups] = part;
        rrGroupEnd[rrGroups] = rrCount;
        rrGroups++;
    }
}
