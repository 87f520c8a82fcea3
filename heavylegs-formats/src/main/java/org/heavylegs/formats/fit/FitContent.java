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
    /** Sized by the decoder, which counts the records of each chained part before decoding it. */
    final RecordTable records = new RecordTable();

    FitContent() {
    }

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

    // RR intervals from hrv (78): the time of the last timestamp before them, the interval (s), the part.
    double[] rrTime = new double[256];
    double[] rrS = new double[256];
    int[] rrPart = new int[256];
    int rrCount;

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
        if (rrCount == rrS.length) {
            int n = rrCount * 2;
            rrTime = Arrays.copyOf(rrTime, n);
            rrS = Arrays.copyOf(rrS, n);
            rrPart = Arrays.copyOf(rrPart, n);
        }
        rrTime[rrCount] = time;
        rrS[rrCount] = seconds;
        rrPart[rrCount] = part;
        rrCount++;
    }
}
