package org.heavylegs.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Text in SQL parameters. PostgreSQL cannot hold the character U+0000 in text ("invalid byte
 * sequence for encoding UTF8: 0x00"), which a garbled or hostile file can put into a name, a
 * warning or a note: there it is stored as U+FFFD, the replacement character, so that the file is
 * stored rather than the import stopped. SQLite keeps the text as given.
 */
final class SqlText {

    static final char NUL = '\u0000';
    static final char REPLACEMENT = '\uFFFD';

    private SqlText() {
    }

    static void set(PreparedStatement ps, int i, String s) throws SQLException {
        if (s != null && s.indexOf(NUL) >= 0 && Dialect.of(ps.getConnection()) == Dialect.POSTGRESQL) {
            s = s.replace(NUL, REPLACEMENT);
        }
        ps.setString(i, s);
    }
}
