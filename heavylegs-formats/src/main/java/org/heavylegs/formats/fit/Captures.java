package org.heavylegs.formats.fit;

/**
 * The messages other than records that we read, field by field through a reused view
 * ({@link MessageFields}): file_id, sport, session, lap, event (timer), device_info, hrv in other
 * layouts than the record loop's, hr (chest-strap beat logs) and field_description (developer
 * fields). Each also advances the last timestamp when it has one.
 */
final class Captures {
    private final DecoderState s;
    private final MessageFields fields = new MessageFields();
    private final BeatLog beats = new BeatLog();

    Captures(DecoderState state) {
        this.s = state;
    }

    /** A new chained file: its strap clock is its own. */
    void startPart() {
        beats.reset();
    }

    /** Reads the data message at {@code off} (after its header) of a plan we capture. */
    void capture(MessagePlan plan, int off, double headerTime) {
        MessageFields f = fields.point(s.d, plan, off, headerTime);
        FitContent out = s.out;
        double t = f.raw(Profile.TIMESTAMP);
        if (t == t) {
            s.lastTimestamp = t;
        }
        switch (plan.global) {
            case Profile.MESG_FILE_ID:
                fileId(f);
                break;
            case Profile.MESG_SPORT:
                if (out.sportMessageSport < 0) {
                    out.sportMessageSport = FitSession.intOrMinusOne(f.raw(Profile.SPORT_SPORT));
                    out.sportMessageSubSport = FitSession.intOrMinusOne(f.raw(Profile.SPORT_SUB_SPORT));
                }
                break;
            case Profile.MESG_SESSION:
                out.sessions.add(FitSession.read(f, s.part));
                break;
            case Profile.MESG_LAP:
                out.laps.add(FitLap.read(f, s.part));
                break;
            case Profile.MESG_EVENT:
                event(f);
                break;
            case Profile.MESG_DEVICE_INFO:
                deviceInfo(f);
                break;
            case Profile.MESG_HRV:
                hrv(f);
                break;
            case Profile.MESG_HR:
                beats.read(f, s.lastTimestamp, s.part, out);
                break;
            case Profile.MESG_FIELD_DESCRIPTION:
                s.definitions.developers.describe(
                        (int) orMinusOne(f.raw(Profile.FD_DEVELOPER_DATA_INDEX)),
                        (int) orMinusOne(f.raw(Profile.FD_FIELD_DEFINITION_NUMBER)),
                        (int) orMinusOne(f.raw(Profile.FD_FIT_BASE_TYPE_ID)),
                        f.string(Profile.FD_FIELD_NAME),
                        f.raw(Profile.FD_SCALE),
                        f.raw(Profile.FD_OFFSET),
                        f.string(Profile.FD_UNITS));
                break;
            default:
                break;
        }
    }

    private static double orMinusOne(double v) {
        return v == v ? v : -1;
    }

    private void fileId(MessageFields f) {
        FitContent out = s.out;
        double type = f.raw(Profile.FILE_ID_TYPE);
        if (type == type) {
            out.fileTypes.set(s.part, (int) type);
        }
        if (out.fileIdManufacturer < 0) {
            out.fileIdManufacturer = FitSession.intOrMinusOne(f.raw(Profile.FILE_ID_MANUFACTURER));
            out.fileIdProduct = FitSession.intOrMinusOne(f.raw(Profile.FILE_ID_PRODUCT));
            out.fileIdProductName = f.string(Profile.FILE_ID_PRODUCT_NAME);
        }
    }

    private void deviceInfo(MessageFields f) {
        FitContent out = s.out;
        double index = f.raw(Profile.DEVICE_INFO_DEVICE_INDEX);
        if (index == Profile.DEVICE_INDEX_CREATOR && out.creatorManufacturer < 0) {
            out.creatorManufacturer = FitSession.intOrMinusOne(f.raw(Profile.DEVICE_INFO_MANUFACTURER));
            out.creatorProduct = FitSession.intOrMinusOne(f.raw(Profile.DEVICE_INFO_PRODUCT));
            out.creatorProductName = f.string(Profile.DEVICE_INFO_PRODUCT_NAME);
        }
    }

    private void event(MessageFields f) {
        if (f.raw(Profile.EVENT_EVENT) != Profile.EVENT_TIMER) {
            return;
        }
        double type = f.raw(Profile.EVENT_EVENT_TYPE);
        double t = f.timestamp();
        if (t != t) {
            t = s.lastTimestamp;
        }
        if (type == type && t == t) {
            s.out.addTimerEvent(t, (int) type, s.part);
        }
    }

    private void hrv(MessageFields f) {
        int n = f.count(Profile.HRV_TIME);
        for (int k = 0; k < n; k++) {
            double v = f.raw(Profile.HRV_TIME, k);
            if (v > 0) { // NaN (invalid) and 0 are no interval
                s.out.addRr(s.lastTimestamp, v / Profile.HRV_TIME_SCALE, s.part);
            }
        }
    }
}
