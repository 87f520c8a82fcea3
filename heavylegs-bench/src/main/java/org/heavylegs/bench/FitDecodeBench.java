package org.heavylegs.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.formats.ActivityFiles;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.fit.FitReader;
import org.openjdk.jmh.annotations.AuxCounters;
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

/**
 * FIT decoding against the plain byte scan, on the same in-memory buffers, in one JMH run. One
 * operation reads every file of the list once. Benchmarks:
 * <ul>
 *   <li>{@code read}: our {@link FitReader}, bytes to activities with columnar streams (what the
 *       quality bar "1 GB/s into the columnar streams" means);</li>
 *   <li>{@code readAndClean}: {@link ActivityFiles#read}, the reader plus the cleaning rules, which
 *       is what an import does with each file;</li>
 *   <li>{@code scan}: the plain byte scan, every byte of the same buffers added into an int.</li>
 * </ul>
 * JMH times operations by the wall clock, which other processes on a loaded machine stretch; each
 * benchmark also counts the thread CPU time its operations took ({@link CpuTime}, reported as the
 * secondary results {@code cpuNs} and {@code ops}), from which ./bench derives CPU-time MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class FitDecodeBench {

    /** A file list written by {@link BenchFiles} (absolute paths, one a line). */
    @Param({""})
    public String list;

    private byte[][] data;
    private String[] names;

    @Setup(Level.Trial)
    public void load() {
        List<String> n = new ArrayList<>();
        List<byte[]> d = BenchFiles.load(Path.of(list), n);
        data = d.toArray(new byte[0][]);
        names = n.toArray(new String[0]);
    }

    /** Thread CPU time per iteration, so a loaded machine can be told from a slow decoder. */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class CpuTime {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public long cpuNs;
        public long ops;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNs = 0;
            ops = 0;
        }

        /** This thread's CPU time, ns (static, so JMH does not report it as a counter). */
        public static long now() {
            return THREADS.getCurrentThreadCpuTime();
        }
    }

    @Benchmark
    public long read(CpuTime cpu) throws UnreadableFileException {
        long t0 = cpu.now();
        FitReader reader = new FitReader();
        long samples = 0;
        for (int i = 0; i < data.length; i++) {
            for (Activity a : reader.read(names[i], data[i])) {
                samples += a.streams().size();
            }
        }
        cpu.cpuNs += cpu.now() - t0;
        cpu.ops++;
        return samples;
    }

    @Benchmark
    public long readAndClean(CpuTime cpu) throws UnreadableFileException {
        long t0 = cpu.now();
        long samples = 0;
        for (int i = 0; i < data.length; i++) {
            for (Activity a : ActivityFiles.read(names[i], data[i])) {
                samples += a.streams().size();
            }
        }
        cpu.cpuNs += cpu.now() - t0;
        cpu.ops++;
        return samples;
    }

    @Benchmark
    public int scan(CpuTime cpu) {
        long t0 = cpu.now();
        int sum = 0;
        for (byte[] b : data) {
            for (int i = 0; i < b.length; i++) {
                sum += b[i];
            }
        }
        cpu.cpuNs += cpu.now() - t0;
        cpu.ops++;
        return sum;
    }
}
