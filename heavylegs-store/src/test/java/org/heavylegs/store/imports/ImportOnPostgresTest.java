package org.heavylegs.store.imports;

import org.heavylegs.store.Dialect;
import org.junit.jupiter.api.Nested;

/**
 * The import tests again on PostgreSQL (skipped without a server: TestPostgres): archives, real
 * files, uploads, the folder cache, a whole-corpus import on one and four workers, and a killed import.
 */
class ImportOnPostgresTest {

    @Nested
    class Archives extends ImporterTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }

    @Nested
    class Decoding extends ImporterDecodeTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }

    @Nested
    class Uploads extends ImporterStreamTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }

    @Nested
    class Folders extends FolderCacheTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }

    @Nested
    class WholeCorpus extends ParallelImportTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }

    @Nested
    class Killed extends ImportKillTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }
}
