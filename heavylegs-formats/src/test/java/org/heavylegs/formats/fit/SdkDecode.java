package org.heavylegs.formats.fit;

import com.garmin.fit.Decode;
import com.garmin.fit.DeveloperField;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Garmin FIT SDK used as a black box, in tests only (STACK.md section 8): decodes a file
 * through its public Decode / MesgBroadcaster / listener API, reading every chained part, and
 * keeps the record and session messages it delivers plus the error that stopped it, if any.
 */
final class SdkDecode {
    final List<RecordMesg> records = new ArrayList<>();
    final List<SessionMesg> sessions = new ArrayList<>();
    final List<com.garmin.fit.EventMesg> events = new ArrayList<>();
    final List<com.garmin.fit.HrvMesg> hrv = new ArrayList<>();
    final List<com.garmin.fit.HrMesg> hr = new ArrayList<>();
    /** The SDK's message when it stopped with an error (it delivers what it read before). */
    String error;

    static SdkDecode of(byte[] data) {
        SdkDecode result = new SdkDecode();
        Decode decode = new Decode();
        MesgBroadcaster broadcaster = new MesgBroadcaster(decode);
        broadcaster.addListener((com.garmin.fit.RecordMesgListener) result.records::add);
        broadcaster.addListener((com.garmin.fit.SessionMesgListener) result.sessions::add);
        broadcaster.addListener((com.garmin.fit.EventMesgListener) result.events::add);
        broadcaster.addListener((com.garmin.fit.HrvMesgListener) result.hrv::add);
        broadcaster.addListener((com.garmin.fit.HrMesgListener) result.hr::add);
        try (InputStream in = new ByteArrayInputStream(data)) {
            decode.read(in, broadcaster, broadcaster);
            while (decode.bytesAvailable(in)) {
                decode.nextFile();
                decode.read(in, broadcaster, broadcaster);
            }
        } catch (FitRuntimeException e) {
            result.error = e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** A developer field's value in a record by (case-insensitive) name, NaN when absent. */
    static double developer(RecordMesg m, String name) {
        for (DeveloperField f : m.getDeveloperFields()) {
            if (f.getName() != null && f.getName().trim().toLowerCase(Locale.ROOT).equals(name)) {
                Double v = f.getDoubleValue();
                return v == null ? Double.NaN : v;
            }
        }
        return Double.NaN;
    }

    static double num(Number n) {
        return n == null ? Double.NaN : n.doubleValue();
    }
}
