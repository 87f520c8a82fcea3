package org.heavylegs.store.imports;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Decodes activity files on worker threads while the importer's own thread walks the inputs and
 * writes to the store: jobs are handed out in walk order and their results written back in the
 * same order, so a parallel import stores exactly what a serial one does. Memory stays bounded:
 * at most {@link #MAX_JOBS_PER_WORKER} jobs per worker and {@link #MAX_BYTES} of file bytes are in
 * flight; submitting more first writes the oldest (each job holds its file's bytes until decoded,
 * then its activities until written). With one worker everything runs on the caller's thread.
 */
final class ImportPipeline implements AutoCloseable {

    /** Jobs in flight per worker: enough that no worker waits while the writer writes. */
    static final int MAX_JOBS_PER_WORKER = 3;
    /** File bytes in flight at most (a larger single file still goes, alone). */
    static final long MAX_BYTES = 64L << 20;

    /** One job in flight. */
    private record InFlight(ActivityJob job, Future<?> done) {
    }

    private final int workers;
    private final Consumer<ActivityJob> writer;
    private final ExecutorService executor;
    private final ArrayDeque<InFlight> queue = new ArrayDeque<>();
    private long bytes;

    ImportPipeline(int workers, Consumer<ActivityJob> writer) {
        this.workers = Math.max(1, workers);
        this.writer = writer;
        AtomicInteger n = new AtomicInteger();
        this.executor = this.workers == 1 ? null : Executors.newFixedThreadPool(this.workers, r -> {
            Thread t = new Thread(r, "heavylegs-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Hands a job to a worker (writing the oldest first while too much is in flight). */
    void submit(ActivityJob job) {
        if (executor == null) {
            job.run();
            writer.accept(job);
            return;
        }
        while (!queue.isEmpty() && (queue.size() >= workers * MAX_JOBS_PER_WORKER || bytes + job.size() > MAX_BYTES)) {
            writeOldest();
        }
        queue.add(new InFlight(job, executor.submit(job)));
        bytes += job.size();
    }

    /** Writes every job in flight, in order. */
    void drain() {
        while (!queue.isEmpty()) {
            writeOldest();
        }
    }

    private void writeOldest() {
        InFlight f = queue.poll();
        try {
            f.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        bytes -= f.job().size();
        writer.accept(f.job());
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
