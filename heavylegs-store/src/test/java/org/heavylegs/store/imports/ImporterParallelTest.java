package org.heavylegs.store.imports;

import org.junit.jupiter.api.Nested;

/** Every import test of ImporterTest and ImporterDecodeTest again with three worker threads. */
class ImporterParallelTest {

    @Nested
    class Archives extends ImporterTest {
        @Override
        int workers() {
            return 3;
        }
    }

    @Nested
    class Decoding extends ImporterDecodeTest {
        @Override
        int workers() {
            return 3;
        }
    }
}
