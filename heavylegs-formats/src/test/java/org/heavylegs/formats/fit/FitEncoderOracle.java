package org.heavylegs.formats.fit;

import com.garmin.fit.ActivityMesg;
import com.garmin.fit.ActivityMesgListener;
import com.garmin.fit.Decode;
import com.garmin.fit.DeveloperDataIdMesg;
import com.garmin.fit.DeveloperDataIdMesgListener;
import com.garmin.fit.DeviceInfoMesg;
import com.garmin.fit.DeviceInfoMesgListener;
import com.garmin.fit.EventMesg;
import com.garmin.fit.EventMesgListener;
import com.garmin.fit.FieldDescriptionMesg;
import com.garmin.fit.FieldDescriptionMesgListener;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.FileIdMesgListener;
import com.garmin.fit.HrvMesg;
import com.garmin.fit.HrvMesgListener;
import com.garmin.fit.LapMesg;
import com.garmin.fit.LapMesgListener;
import com.garmin.fit.MesgBroadcaster;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.RecordMesgListener;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.SessionMesgListener;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A FIT file as the Garmin FIT SDK decodes it (test scope only: the SDK is our correctness
 * oracle, never shipped). Also used by heavylegs-sim's tests through the formats test-jar.
 */
public final class FitEncoderOracle {
    public final List<FileIdMesg> fileIds = new ArrayList<>();
    public final List<DeviceInfoMesg> deviceInfos = new ArrayList<>();
    public final List<DeveloperDataIdMesg> developerIds = new ArrayList<>();
    public final List<FieldDescriptionMesg> fieldDescriptions = new ArrayList<>();
    public final List<EventMesg> events = new ArrayList<>();
    public final List<RecordMesg> records = new ArrayList<>();
    public final List<HrvMesg> hrvs = new ArrayList<>();
    public final List<LapMesg> laps = new ArrayList<>();
    public final List<SessionMesg> sessions = new ArrayList<>();
    public final List<ActivityMesg> activities = new ArrayList<>();

    private FitEncoderOracle() {
    }

    /** True when the SDK accepts the header, the sizes and both CRCs. */
    public static boolean integrityOk(byte[] file) {
        return new Decode().checkFileIntegrity(new ByteArrayInputStream(file));
    }

    public static FitEncoderOracle decode(byte[] file) {
        FitEncoderOracle o = new FitEncoderOracle();
        Decode decode = new Decode();
        MesgBroadcaster b = new MesgBroadcaster(decode);
        b.addListener((FileIdMesgListener) o.fileIds::add);
        b.addListener((DeviceInfoMesgListener) o.deviceInfos::add);
        b.addListener((DeveloperDataIdMesgListener) o.developerIds::add);
        b.addListener((FieldDescriptionMesgListener) o.fieldDescriptions::add);
        b.addListener((EventMesgListener) o.events::add);
        b.addListener((RecordMesgListener) o.records::add);
        b.addListener((HrvMesgListener) o.hrvs::add);
        b.addListener((LapMesgListener) o.laps::add);
        b.addListener((SessionMesgListener) o.sessions::add);
        b.addListener((ActivityMesgListener) o.activities::add);
        if (!decode.read(new ByteArrayInputStream(file), b, b)) {
            throw new IllegalStateException("the FIT SDK could not decode the file");
        }
        return o;
    }

    /**
     * All RR intervals in seconds, in order, without the invalid (0xFFFF) elements that pad the last
     * hrv message; the SDK hands those out unscaled as 65535.
     */
    public double[] rrS() {
        List<Double> all = new ArrayList<>();
        for (HrvMesg h : hrvs) {
            for (int i = 0; i < h.getNumTime(); i++) {
                Float v = h.getTime(i);
                if (v != null && v < 65.535f) {
                    all.add(v.doubleValue());
                }
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A developer field of a record by its name, or null when absent. */
    public static Double developerValue(RecordMesg r, String name) {
        for (var f : r.getDeveloperFields()) {
            if (name.equals(f.getName()) && f.getValue() != null) {
                return ((Number) f.getValue()).doubleValue();
            }
        }
        return null;
    }
}
