package org.heavylegs.formats.fit;

import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;

/**
 * Ambient temperature and humidity as developer fields, the way a Stryd foot pod adds them to a
 * watch's file: one developer_data_id (global 207) and one field_description (global 206) per
 * field, named "Stryd Temperature" and "Stryd Humidity", float32, in record messages.
 */
final class FitEncoderDeveloperFields {
    static final int DEVELOPER_DATA_ID = 207;
    static final int FIELD_DESCRIPTION = 206;
    static final int TEMPERATURE_FIELD = 0;
    static final int HUMIDITY_FIELD = 1;
    static final String TEMPERATURE_NAME = "Stryd Temperature";
    static final String HUMIDITY_NAME = "Stryd Humidity";
    /** Our own application id (a fixed random UUID), so that readers can tell these fields apart. */
    private static final byte[] APPLICATION_ID = {
        (byte) 0x6b, (byte) 0x1f, (byte) 0x4e, (byte) 0x2a, (byte) 0x93, (byte) 0x0c, (byte) 0x4d, (byte) 0x51,
        (byte) 0xa8, (byte) 0x7e, (byte) 0x15, (byte) 0xd2, (byte) 0x60, (byte) 0x3b, (byte) 0xc4, (byte) 0x97,
    };

    private final boolean temperature;
    private final boolean humidity;

    FitEncoderDeveloperFields(Streams streams) {
        temperature = streams.has(Channel.AMBIENT_TEMPERATURE_C);
        humidity = streams.has(Channel.HUMIDITY_PCT);
    }

    boolean hasTemperature() {
        return temperature;
    }

    boolean hasHumidity() {
        return humidity;
    }

    /** Writes the developer id and field descriptions; nothing when there is no ambient channel. */
    void write(FitEncoderSink sink) {
        if (!temperature && !humidity) {
            return;
        }
        FitEncoderLayout id = new FitEncoderLayout(DEVELOPER_DATA_ID, FitEncoder.LOCAL_DEVELOPER_ID);
        int app = id.array(1, FitEncoderType.BYTE, APPLICATION_ID.length);
        int manufacturer = id.field(2, FitEncoderType.UINT16);
        int index = id.field(3, FitEncoderType.UINT8);
        int version = id.field(4, FitEncoderType.UINT32);
        id.define(sink);
        id.clear();
        for (int i = 0; i < APPLICATION_ID.length; i++) {
            id.set(app + i, APPLICATION_ID[i] & 0xFF);
        }
        id.set(manufacturer, FitEncoder.MANUFACTURER_DEVELOPMENT);
        id.set(index, 0);
        id.set(version, 1);
        id.write(sink);

        int nameBytes = Math.max(FitEncoderLayout.stringBytes(TEMPERATURE_NAME), FitEncoderLayout.stringBytes(HUMIDITY_NAME));
        FitEncoderLayout description = new FitEncoderLayout(FIELD_DESCRIPTION, FitEncoder.LOCAL_FIELD_DESCRIPTION);
        int devIndex = description.field(0, FitEncoderType.UINT8);
        int number = description.field(1, FitEncoderType.UINT8);
        int baseType = description.field(2, FitEncoderType.UINT8);
        int name = description.string(3, nameBytes);
        int units = description.string(8, 8);
        int nativeMesg = description.field(14, FitEncoderType.UINT16);
        description.define(sink);
        if (temperature) {
            describe(sink, description, devIndex, number, baseType, name, units, nativeMesg, TEMPERATURE_FIELD, TEMPERATURE_NAME, "C");
        }
        if (humidity) {
            describe(sink, description, devIndex, number, baseType, name, units, nativeMesg, HUMIDITY_FIELD, HUMIDITY_NAME, "%");
        }
    }

    private static void describe(FitEncoderSink sink, FitEncoderLayout d, int devIndex, int number, int baseType,
                                 int name, int units, int nativeMesg, int field, String fieldName, String unit) {
        d.clear();
        d.set(devIndex, 0);
        d.set(number, field);
        d.set(baseType, FitEncoderType.FLOAT32.id);
        d.setString(name, fieldName);
        d.setString(units, unit);
        d.set(nativeMesg, FitEncoderRecords.RECORD);
        d.write(sink);
    }
}
