package org.heavylegs.formats.fit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.heavylegs.core.activity.Activity;

/**
 * Writes one activity (one session) as a FIT activity file, from the public FIT protocol
 * description: a 14-byte header with its CRC, file_id, optional developer field descriptions
 * (ambient temperature and humidity, Stryd style), device_info, timer events around pauses, one
 * record per sample, hrv messages with the RR intervals, laps, session, activity, and the file CRC.
 * Little-endian; NaN and out-of-range values are written as the field's invalid value.
 *
 * <p>Timestamps are whole seconds (FIT date_time): sample times are rounded to the nearest second.
 * The file says manufacturer "development" (255) and names the product in product_name.
 */
public final class FitEncoder {
    static final int LOCAL_FILE_ID = 0;
    static final int LOCAL_DEVICE_INFO = 1;
    static final int LOCAL_EVENT = 2;
    static final int LOCAL_RECORD = 3;
    static final int LOCAL_HRV = 4;
    static final int LOCAL_LAP = 5;
    static final int LOCAL_SESSION = 6;
    static final int LOCAL_ACTIVITY = 7;
    static final int LOCAL_DEVELOPER_ID = 8;
    static final int LOCAL_FIELD_DESCRIPTION = 9;

    /** Profile type manufacturer: development = 255. */
    static final int MANUFACTURER_DEVELOPMENT = 255;
    /** Our product number under manufacturer "development". */
    public static final int PRODUCT = 1;
    /** Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z (FIT profile, date_time). */
    static final long FIT_EPOCH_UNIX_S = 631_065_600L;

    private static final int HEADER_SIZE = 14;
    /** Protocol 2.0 (0x20): needed for developer fields. */
    private static final int PROTOCOL_VERSION = 0x20;
    /** The profile version our field choices follow (21.100). */
    private static final int PROFILE_VERSION = 21100;
    private static final int FILE_ACTIVITY = 4;
    private static final int FILE_ID = 0;
    private static final int DEVICE_INFO = 23;
    /** Bytes per record, a guess to size the buffer once. */
    private static final int BYTES_PER_SAMPLE_ESTIMATE = 48;

    private final long serialNumber;

    /** An encoder writing serial number 1. */
    public FitEncoder() {
        this(1L);
    }

    /** @param serialNumber the device serial number to write (1 to 2^32 - 1) */
    public FitEncoder(long serialNumber) {
        if (serialNumber < 1 || serialNumber > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("serial number out of range: " + serialNumber);
        }
        this.serialNumber = serialNumber;
    }

    /** The FIT date_time (seconds since 1989-12-31T00:00:00Z) of an instant, rounded down. */
    public static long fitTimestamp(Instant instant) {
        return instant.getEpochSecond() - FIT_EPOCH_UNIX_S;
    }

    public void write(Activity activity, OutputStream out) throws IOException {
        out.write(encode(activity));
    }

    public byte[] encode(Activity activity) {
        FitEncoderSink sink = new FitEncoderSink(HEADER_SIZE + 2 + 512 + activity.streams().size() * BYTES_PER_SAMPLE_ESTIMATE);
        sink.u8(HEADER_SIZE);
        sink.u8(PROTOCOL_VERSION);
        sink.u16(PROFILE_VERSION);
        sink.u32(0); // data size, filled in below
        sink.raw(new byte[] {'.', 'F', 'I', 'T'});
        sink.u16(0); // header CRC, filled in below

        long base = fitTimestamp(activity.start());
        String product = activity.device() == null ? null : activity.device().product();
        writeFileId(sink, base, product);
        FitEncoderDeveloperFields developer = new FitEncoderDeveloperFields(activity.streams());
        developer.write(sink);
        writeDeviceInfo(sink, base, product);
        long end = new FitEncoderRecords(activity.streams(), developer).write(sink, activity, base);
        FitEncoderSummary.write(sink, activity, base, end);

        sink.putU32(4, sink.size() - HEADER_SIZE);
        sink.putU16(12, sink.crc(0, 12));
        sink.u16(sink.crc(0, sink.size()));
        return sink.toByteArray();
    }

    private void writeFileId(FitEncoderSink sink, long base, String product) {
        FitEncoderLayout f = new FitEncoderLayout(FILE_ID, LOCAL_FILE_ID);
        int type = f.field(0, FitEncoderType.ENUM);
        int manufacturer = f.field(1, FitEncoderType.UINT16);
        int productSlot = f.field(2, FitEncoderType.UINT16);
        int serial = f.field(3, FitEncoderType.UINT32Z);
        int created = f.field(4, FitEncoderType.UINT32);
        int name = product == null ? -1 : f.string(8, FitEncoderLayout.stringBytes(product));
        f.define(sink);
        f.clear();
        f.set(type, FILE_ACTIVITY);
        f.set(manufacturer, MANUFACTURER_DEVELOPMENT);
        f.set(productSlot, PRODUCT);
        f.set(serial, serialNumber);
        f.set(created, base);
        if (name >= 0) {
            f.setString(name, product);
        }
        f.write(sink);
    }

    private void writeDeviceInfo(FitEncoderSink sink, long base, String product) {
        FitEncoderLayout d = new FitEncoderLayout(DEVICE_INFO, LOCAL_DEVICE_INFO);
        int timestamp = d.field(253, FitEncoderType.UINT32);
        int index = d.field(0, FitEncoderType.UINT8);
        int manufacturer = d.field(2, FitEncoderType.UINT16);
        int serial = d.field(3, FitEncoderType.UINT32Z);
        int productSlot = d.field(4, FitEncoderType.UINT16);
        int software = d.field(5, FitEncoderType.UINT16);
        int name = product == null ? -1 : d.string(27, FitEncoderLayout.stringBytes(product));
        d.define(sink);
        d.clear();
        d.set(timestamp, base);
        d.set(index, 0); // device_index 0 = the creator
        d.set(manufacturer, MANUFACTURER_DEVELOPMENT);
        d.set(serial, serialNumber);
        d.set(productSlot, PRODUCT);
        d.set(software, 100); // software_version 1.00 (scale 100)
        if (name >= 0) {
            d.setString(name, product);
        }
        d.write(sink);
    }
}
