package org.heavylegs.formats.fit;

/**
 * The first of the decoder's two passes over one FIT file of a chain: the file CRC
 * ({@link FitCrc}, slicing-by-16), reading ahead so that a file that is not in the cache comes in
 * while the CRC works, and the second pass then finds it there.
 *
 * <p>The pass used to count the records too (walking from message header to message header beside
 * the CRC), so that columns could be allocated at their final length; the decoder now writes into
 * columns reused from file to file ({@link Scratch}) and needs no count. The walk cost ~30 % of
 * the pass (corpus, in the cache: CRC alone 4.2 GB/s, CRC and walk 2.9 GB/s).
 */
final class FirstPass {
    /** Bytes of CRC per read-ahead. */
    private static final int BLOCK = 4 * FitCrc.STEP;
    /**
     * How far ahead of the CRC the pass reads one byte per block, bytes. Java has no prefetch
     * instruction; a plain load this far ahead makes the memory system fetch the next 16 KB while
     * the CRC works on the last (the ten-year athlete's 355 MB do not fit in the cache: its first
     * pass ran at 1.5 GB/s without this, 2.4 GB/s with it; 1-4 KB ahead helped less).
     */
    private static final int TOUCH_AHEAD = 16 * 1024;
    /** The sum of the bytes read ahead; kept so that the JIT cannot drop those loads. */
    int touch;

    /** The CRC of {@code d[from, end)} (a file's header and data). */
    int crc(byte[] d, int from, int end) {
        int c = 0;
        int i = from;
        int lastByte = d.length - 1;
        int touched = 0;
        for (; i + BLOCK <= end; i += BLOCK) {
            touched += d[Math.min(i + TOUCH_AHEAD, lastByte)];
            c = FitCrc.step(c, d, i);
            c = FitCrc.step(c, d, i + FitCrc.STEP);
            c = FitCrc.step(c, d, i + 2 * FitCrc.STEP);
            c = FitCrc.step(c, d, i + 3 * FitCrc.STEP);
        }
        touch = touched;
        return FitCrc.update(c, d, i, end);
    }
}
