package org.heavylegs.store;

import org.junit.jupiter.api.Nested;

/** The store's own tests again on PostgreSQL (skipped without a server: {@link TestPostgres}). */
class StoreOnPostgresTest {

    @Nested
    class Basics extends StoreTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }

    @Nested
    class Migrations extends StoreMigrationsTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }

    @Nested
    class SingleEntries extends StoreSingleEntriesTest {
        @Override
        protected Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }
}
