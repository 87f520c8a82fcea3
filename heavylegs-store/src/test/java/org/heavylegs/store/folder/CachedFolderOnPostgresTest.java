package org.heavylegs.store.folder;

import org.heavylegs.store.Dialect;
import org.junit.jupiter.api.Nested;

/**
 * {@code diagnose DIR} / {@code trends DIR} through a PostgreSQL store ({@link CachedFolder#over};
 * skipped without a server: TestPostgres): the same data as the folder loader, files and zips.
 */
class CachedFolderOnPostgresTest {

    @Nested
    class Files extends CachedFolderTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }

    @Nested
    class Zips extends CachedFolderZipTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }
}
