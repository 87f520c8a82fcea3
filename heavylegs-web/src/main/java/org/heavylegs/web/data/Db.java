package org.heavylegs.web.data;

import java.nio.file.Path;
import java.util.function.Function;
import org.heavylegs.store.Store;

/**
 * The dashboard's access to one store file. A {@link Store} is used by one thread at a time, while
 * the web server answers requests on many: reads and writes each get their own connection, used
 * under its own lock. SQLite in WAL mode lets a page read while an upload is being imported (each
 * imported file is its own transaction), so a long import never freezes the pages.
 */
public final class Db implements AutoCloseable {

    private final Store reads;
    private final Store writes;
    private final Object readLock = new Object();
    private final Object writeLock = new Object();

    private Db(Store reads, Store writes) {
        this.reads = reads;
        this.writes = writes;
    }

    /** Opens (creating and migrating when needed) the SQLite store at {@code file}. */
    public static Db open(Path file) {
        Store writes = Store.open(file);
        try {
            return new Db(Store.open(file), writes);
        } catch (RuntimeException e) {
            writes.close();
            throw e;
        }
    }

    public <T> T read(Function<Store, T> work) {
        synchronized (readLock) {
            return work.apply(reads);
        }
    }

    public <T> T write(Function<Store, T> work) {
        synchronized (writeLock) {
            return work.apply(writes);
        }
    }

    /** The store file, for messages. */
    public String description() {
        return writes.description();
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            synchronized (readLock) {
                try {
                    reads.close();
                } finally {
                    writes.close();
                }
            }
        }
    }
}
