package org.heavylegs.formats.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryNamesTest {

    @Test
    void unsafeNamesAreRecognized() {
        assertThat(EntryNames.unsafeName("activities/1.fit")).isNull();
        assertThat(EntryNames.unsafeName("a..b/c.fit")).isNull();
        assertThat(EntryNames.unsafeName("../x")).isNotNull();
        assertThat(EntryNames.unsafeName("a/..")).isNotNull();
        assertThat(EntryNames.unsafeName("\\\\server\\share\\x")).isNotNull();
        assertThat(EntryNames.unsafeName("d:x")).isNotNull();
        assertThat(EntryNames.unsafeName("a\0b")).isNotNull();
    }
}
