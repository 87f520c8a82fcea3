package org.heavylegs.store;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Routes Flyway's messages to java.util.logging at levels that a command line does not print by
 * default (its "Migrating schema" lines are not for the runner's terminal), warnings and errors
 * as such. Named in {@link Store} through Flyway's {@code loggers} setting.
 */
public final class FlywayLog implements LogCreator {

    @Override
    public Log createLogger(Class<?> clazz) {
        Logger jul = Logger.getLogger(clazz.getName());
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return jul.isLoggable(Level.FINE);
            }

            @Override
            public void debug(String message) {
                jul.fine(message);
            }

            @Override
            public void info(String message) {
                jul.fine(message);
            }

            @Override
            public void warn(String message) {
                jul.warning(message);
            }

            @Override
            public void error(String message) {
                jul.severe(message);
            }

            @Override
            public void error(String message, Exception e) {
                jul.log(Level.SEVERE, message, e);
            }

            @Override
            public void notice(String message) {
                jul.fine(message);
            }
        };
    }
}
