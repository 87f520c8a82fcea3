package org.heavylegs.formats.archive;

/**
 * Limits that keep hostile or broken archives from exhausting memory, disk or time. Sizes count the
 * bytes actually produced while decompressing, never the sizes an archive claims for itself.
 *
 * @param maxMemberBytes  one member (after decompression) may be at most this big; members are held in memory
 * @param maxTotalBytes   all members of one top-level archive together, nested archives included
 * @param maxRatio        a member larger than {@link #RATIO_FLOOR_BYTES} may expand at most this many
 *                        times its compressed size (zip bombs expand about 1000 times)
 * @param maxDepth        archives nested deeper than this are refused (1 = a zip directly in a zip)
 * @param maxEntries      entries in one archive, nested ones counted separately
 */
public record ArchiveLimits(long maxMemberBytes, long maxTotalBytes, long maxRatio, int maxDepth, int maxEntries) {

    /** Below this size a member's compression ratio is not checked: tiny members cannot hurt. */
    public static final long RATIO_FLOOR_BYTES = 1L << 20;

    /**
     * Defaults sized for real exports: a Garmin archive of ten years is a few GB (its
     * UploadedFiles parts are nested one level deep); FIT files compress about 3-8 times and the
     * wellness JSON 10-40 times, well below the ratio limit.
     */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(
            256L << 20, 32L << 30, 200, 3, 500_000);

    public ArchiveLimits {
        if (maxMemberBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0 || maxDepth < 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }
}
