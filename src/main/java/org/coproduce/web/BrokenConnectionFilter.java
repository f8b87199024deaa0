package org.coproduce.web;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When PostgreSQL restarts, every connection the pool holds is broken, and the next request to use one fails. A page
 * that only reads (GET or HEAD) is then read once more on fresh connections, so nobody sees an error page for it: this
 * filter leaves the response empty and asks {@link ReadAgainValve} to send the request through every filter again, as
 * a filter's chain cannot be run twice. A change is never tried again, as part of it may have been saved: its page says
 * plainly that it may not have been saved, and to check and try again (503, see {@code web/error.jte}).
 *
 * <p>It runs outside the session and security filters, as they read the database too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BrokenConnectionFilter extends OncePerRequestFilter {

    /** Set on a change that failed this way, for the error page to say so. */
    static final String NOT_SAVED = BrokenConnectionFilter.class.getName() + ".NOT_SAVED";

    private static final Logger log = LoggerFactory.getLogger(BrokenConnectionFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final DataSource dataSource;

    BrokenConnectionFilter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!causedByABrokenConnection(e) || response.isCommitted()) {
                throw e;
            }
            freshConnections();
            response.reset();
            if (READS.contains(request.getMethod())) {
                if (request.getAttribute(ReadAgainValve.OFFERED) == null || request.getAttribute(ReadAgainValve.AGAIN) != null) {
                    throw e;
                }
                log.warn("A database connection broke while reading {}; reading it again", request.getRequestURI());
                request.setAttribute(ReadAgainValve.WANTED, true);
            } else {
                log.warn("A database connection broke during a change to {}; it was not tried again", request.getRequestURI(), e);
                request.setAttribute(NOT_SAVED, true);
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    /**
     * A connection that is gone (SQL state class 08), or a server shutting down or starting up (57P01 to 57P03), or no
     * connection to be had in time: not a fault of the request.
     */
    static boolean causedByABrokenConnection(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // A rollback that failed on the broken connection hides the failure that caused it.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedByABrokenConnection(rollback.getApplicationException())) {
                return true;
            }
            // HikariCP's word for a connection it has already closed as broken, with no SQL state.
            if (cause instanceof SQLException closed && closed.getSQLState() == null && "Connection is closed".equals(closed.getMessage())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * The pool's other connections broke at the same moment, so they are replaced rather than tried one by one; then it
     * waits, as long as the pool waits for a connection, until the database answers again.
     */
    private void freshConnections() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            }
            try (Connection connection = dataSource.getConnection()) {
                connection.isValid(5);
            }
        } catch (SQLException e) {
            log.debug("The database is not back yet", e);
        }
    }
}
