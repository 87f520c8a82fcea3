package org.heavylegs.formats.fit;

import java.util.HashMap;
import java.util.Map;

/**
 * Names for the FIT enums we show: sport, sub_sport and file type (the value names of the public
 * FIT profile, Profile.xlsx, in lower case) and a short explicit table of manufacturers. An
 * unknown value is shown by its number ("sport_90", "manufacturer_999").
 */
final class FitNames {
    private static final Map<Integer, String> SPORT = new HashMap<>();
    private static final Map<Integer, String> SUB_SPORT = new HashMap<>();
    private static final Map<Integer, String> FILE_TYPE = new HashMap<>();
    private static final Map<Integer, String> MANUFACTURER = new HashMap<>();

    private FitNames() {
    }

    /** Lower-case sport name; "generic" when the file gives none. */
    static String sport(int value) {
        return value < 0 ? "generic" : SPORT.getOrDefault(value, "sport_" + value);
    }

    /** Lower-case sub-sport name; "generic" when the file gives none. */
    static String subSport(int value) {
        return value < 0 ? "generic" : SUB_SPORT.getOrDefault(value, "sub_sport_" + value);
    }

    /** The file type ("activity", "settings", "workout", ...); "unknown" when the file gives none. */
    static String fileType(int value) {
        return value < 0 ? "unknown" : FILE_TYPE.getOrDefault(value, "file type " + value);
    }

    /** A manufacturer's name, its number as text when not in our table, null when absent. */
    static String manufacturer(int value) {
        return value < 0 ? null : MANUFACTURER.getOrDefault(value, String.valueOf(value));
    }

    private static void sport(int value, String name) {
        SPORT.put(value, name);
    }

    private static void sub(int value, String name) {
        SUB_SPORT.put(value, name);
    }

    static {
        sport(0, "generic"); sport(1, "running"); sport(2, "cycling"); sport(3, "transition");
        sport(4, "fitness_equipment"); sport(5, "swimming"); sport(6, "basketball"); sport(7, "soccer");
        sport(8, "tennis"); sport(9, "american_football"); sport(10, "training"); sport(11, "walking");
        sport(12, "cross_country_skiing"); sport(13, "alpine_skiing"); sport(14, "snowboarding");
        sport(15, "rowing"); sport(16, "mountaineering"); sport(17, "hiking"); sport(18, "multisport");
        sport(19, "paddling"); sport(20, "flying"); sport(21, "e_biking"); sport(22, "motorcycling");
        sport(23, "boating"); sport(24, "driving"); sport(25, "golf"); sport(26, "hang_gliding");
        sport(27, "horseback_riding"); sport(28, "hunting"); sport(29, "fishing"); sport(30, "inline_skating");
        sport(31, "rock_climbing"); sport(32, "sailing"); sport(33, "ice_skating"); sport(34, "sky_diving");
        sport(35, "snowshoeing"); sport(36, "snowmobiling"); sport(37, "stand_up_paddleboarding");
        sport(38, "surfing"); sport(39, "wakeboarding"); sport(40, "water_skiing"); sport(41, "kayaking");
        sport(42, "rafting"); sport(43, "windsurfing"); sport(44, "kitesurfing"); sport(45, "tactical");
        sport(46, "jumpmaster"); sport(47, "boxing"); sport(48, "floor_climbing"); sport(49, "baseball");
        sport(53, "diving"); sport(56, "shooting"); sport(58, "winter_sport"); sport(59, "grinding");
        sport(62, "hiit"); sport(63, "video_gaming"); sport(64, "racket"); sport(65, "wheelchair_push_walk");
        sport(66, "wheelchair_push_run"); sport(67, "meditation"); sport(68, "para_sport"); sport(69, "disc_golf");
        sport(70, "team_sport"); sport(71, "cricket"); sport(72, "rugby"); sport(73, "hockey");
        sport(74, "lacrosse"); sport(75, "volleyball"); sport(76, "water_tubing"); sport(77, "wakesurfing");
        sport(78, "water_sport"); sport(79, "archery"); sport(80, "mixed_martial_arts"); sport(81, "motor_sports");
        sport(82, "snorkeling"); sport(83, "dance"); sport(84, "jump_rope"); sport(85, "pool_apnea");
        sport(86, "mobility"); sport(87, "geocaching"); sport(88, "canoeing");
        sub(0, "generic"); sub(1, "treadmill"); sub(2, "street"); sub(3, "trail"); sub(4, "track");
        sub(5, "spin"); sub(6, "indoor_cycling"); sub(7, "road"); sub(8, "mountain"); sub(9, "downhill");
        sub(10, "recumbent"); sub(11, "cyclocross"); sub(12, "hand_cycling"); sub(13, "track_cycling");
        sub(14, "indoor_rowing"); sub(15, "elliptical"); sub(16, "stair_climbing"); sub(17, "lap_swimming");
        sub(18, "open_water"); sub(19, "flexibility_training"); sub(20, "strength_training");
        sub(21, "warm_up"); sub(22, "match"); sub(23, "exercise"); sub(24, "challenge");
        sub(25, "indoor_skiing"); sub(26, "cardio_training"); sub(27, "indoor_walking");
        sub(28, "e_bike_fitness"); sub(29, "bmx"); sub(30, "casual_walking"); sub(31, "speed_walking");
        sub(32, "bike_to_run_transition"); sub(33, "run_to_bike_transition");
        sub(34, "swim_to_bike_transition"); sub(35, "atv"); sub(36, "motocross"); sub(37, "backcountry");
        sub(38, "resort"); sub(39, "rc_drone"); sub(40, "wingsuit"); sub(41, "whitewater");
        sub(42, "skate_skiing"); sub(43, "yoga"); sub(44, "pilates"); sub(45, "indoor_running");
        sub(46, "gravel_cycling"); sub(47, "e_bike_mountain"); sub(48, "commuting");
        sub(49, "mixed_surface"); sub(50, "navigate"); sub(51, "track_me"); sub(52, "map");
        sub(53, "single_gas_diving"); sub(54, "multi_gas_diving"); sub(55, "gauge_diving");
        sub(56, "apnea_diving"); sub(57, "apnea_hunting"); sub(58, "virtual_activity"); sub(59, "obstacle");
        sub(62, "breathing"); sub(63, "ccr_diving"); sub(65, "sail_race"); sub(66, "expedition");
        sub(67, "ultra"); sub(68, "indoor_climbing"); sub(69, "bouldering"); sub(70, "hiit");
        sub(71, "indoor_grinding"); sub(72, "hunting_with_dogs"); sub(73, "amrap"); sub(74, "emom");
        sub(75, "tabata"); sub(77, "esport"); sub(78, "triathlon"); sub(79, "duathlon"); sub(80, "brick");
        sub(81, "swim_run"); sub(82, "adventure_race"); sub(83, "trucker_workout"); sub(84, "pickleball");
        sub(85, "padel"); sub(86, "indoor_wheelchair_walk"); sub(87, "indoor_wheelchair_run");
        sub(88, "indoor_hand_cycling"); sub(90, "field"); sub(91, "ice"); sub(92, "ultimate");
        sub(93, "platform"); sub(94, "squash"); sub(95, "badminton"); sub(96, "racquetball");
        sub(97, "table_tennis"); sub(98, "overland"); sub(99, "trolling_motor"); sub(110, "fly_canopy");
        sub(111, "fly_paraglide"); sub(112, "fly_paramotor"); sub(113, "fly_pressurized");
        sub(114, "fly_navigate"); sub(115, "fly_timer"); sub(116, "fly_altimeter"); sub(117, "fly_wx");
        sub(118, "fly_vfr"); sub(119, "fly_ifr"); sub(121, "dynamic_apnea"); sub(123, "enduro");
        sub(124, "rucking"); sub(125, "rally"); sub(126, "pool_triathlon"); sub(127, "e_bike_enduro");
        FILE_TYPE.put(1, "device");
        FILE_TYPE.put(2, "settings");
        FILE_TYPE.put(3, "sport");
        FILE_TYPE.put(4, "activity");
        FILE_TYPE.put(5, "workout");
        FILE_TYPE.put(6, "course");
        FILE_TYPE.put(7, "schedules");
        FILE_TYPE.put(9, "weight");
        FILE_TYPE.put(10, "totals");
        FILE_TYPE.put(11, "goals");
        FILE_TYPE.put(14, "blood_pressure");
        FILE_TYPE.put(15, "monitoring_a");
        FILE_TYPE.put(20, "activity_summary");
        FILE_TYPE.put(28, "monitoring_daily");
        FILE_TYPE.put(32, "monitoring_b");
        FILE_TYPE.put(34, "segment");
        FILE_TYPE.put(35, "segment_list");
        FILE_TYPE.put(40, "exd_configuration");

        MANUFACTURER.put(1, "garmin");
        MANUFACTURER.put(13, "dynastream_oem");
        MANUFACTURER.put(15, "dynastream");
        MANUFACTURER.put(23, "suunto");
        MANUFACTURER.put(32, "wahoo_fitness");
        MANUFACTURER.put(69, "stages_cycling");
        MANUFACTURER.put(70, "sigmasport");
        MANUFACTURER.put(76, "moxy");
        MANUFACTURER.put(89, "tacx");
        MANUFACTURER.put(95, "stryd");
        MANUFACTURER.put(123, "polar");
        MANUFACTURER.put(255, "development");
        MANUFACTURER.put(260, "zwift");
        MANUFACTURER.put(265, "strava");
        MANUFACTURER.put(267, "bryton");
        MANUFACTURER.put(289, "hammerhead");
        MANUFACTURER.put(294, "coros");
    }
}
