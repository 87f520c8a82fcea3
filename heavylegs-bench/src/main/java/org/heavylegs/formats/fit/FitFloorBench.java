package org.heavylegs.formats.fit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.heavylegs.bench.BenchFiles;
import org.heavylegs.bench.FitDecodeBench.CpuTime;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.formats.UnreadableFileException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The two parts of decoding that no FIT decoder writing our output can skip, timed alone on the
 * same buffers as {@link org.heavylegs.bench.FitDecodeBench}, so that the decoder's time can be
 * set against a floor measured in the same run:
 * <ul>
 *   <li>{@code firstPass}: the decoder's own first pass ({@link FirstPass}: the file CRC,
 *       slicing-by-16, with its read-ahead) over each file's header and data;</li>
 *   <li>{@code writeColumns}: writing what the decoder gives at its exact length into fresh
 *       memory: for every file, one {@code double[]} per stream column of its activities (time and
 *       each channel) and its RR intervals, copied from a source that stays in the cache (the
 *       decoder's copy out of its reused columns does exactly this).</li>
 * </ul>
 * The class sits in the decoder's package because {@link FirstPass} is not public; it runs only
 * in this module.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class FitFloorBench {

    /** A file list written by {@link BenchFiles}. */
    @Param({""})
    public String list;

    private byte[][] data;
    /** Per file, the length of every array its activities hold (stream columns and RR intervals). */
    private int[][] columns;
    private double[] source;

    @Setup(Level.Trial)
    public void load() throws UnreadableFileException {
        List<String> names = new ArrayList<>();
        data = BenchFiles.load(Path.of(list), names).toArray(new byte[0][]);
        columns = new int[data.length][];
        FitReader reader = new FitReader();
        int longest = 0;
        for (int i = 0; i < data.length; i++) {
            List<Integer> lengths = new ArrayList<>();
            for (Activity a : reader.read(names.get(i), data[i])) {
                Streams s = a.streams();
                lengths.add(s.size());
                for (Channel c : s.channels()) {
                    lengths.add(s.get(c).length);
                }
                if (a.rrS().length > 0) {
                    lengths.add(a.rrS().length);
                }
            }
            columns[i] = lengths.stream().mapToInt(Integer::intValue).toArray();
            for (int n : columns[i]) {
                longest = Math.max(longest, n);
            }
        }
        source = new double[longest];
        for (int k = 0; k < longest; k++) {
            source[k] = k * 0.25;
        }
    }

    @Benchmark
    public int firstPass(CpuTime cpu) {
        long t0 = cpu.now();
        int crc = 0;
        FirstPass pass = new FirstPass();
        for (byte[] b : data) {
            int header = b[0] & 0xFF;
            int end = Math.max(header, b.length - 2);
            crc ^= pass.crc(b, 0, end);
        }
        cpu.cpuNs += cpu.now() - t0;
        cpu.ops++;
        return crc;
    }

    @Benchmark
    public void writeColumns(CpuTime cpu, Blackhole bh) {
        long t0 = cpu.now();
        for (int[] lengths : columns) {
            for (int n : lengths) {
                bh.consume(Arrays.copyOf(source, n));
            }
        }
        cpu.cpuNs += cpu.now() - t0;
        cpu.ops++;
    }
}
