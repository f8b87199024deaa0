package org.coproduce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;

/**
 * What people see when PostgreSQL restarts under them: the connections the pool held break all at once, and each fails
 * the next request that uses it, with the errors PostgreSQL's driver really gives.
 */
class BrokenConnectionFilterTest {

    /** A database that is still down: nothing listens on its port. */
    private final BrokenConnectionFilter filter = new BrokenConnectionFilter(
            new SimpleDriverDataSource(new org.postgresql.Driver(), "jdbc:postgresql://127.0.0.1:1/coproduce"));

    @Test
    void aPageThatOnlyReadsIsReadAgainWhenItsConnectionBroke() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        MockHttpServletResponse response = new MockHttpServletResponse();

        readAsTomcatWould(new MockHttpServletRequest("GET", "/people"), response, failingFirst(tries,
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)));

        assertThat(tries).hasValue(2);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("the page");
    }

    @Test
    void aServerShuttingDownIsABrokenConnectionToo() throws Exception {
        AtomicInteger tries = new AtomicInteger();

        readAsTomcatWould(new MockHttpServletRequest("GET", "/home"), new MockHttpServletResponse(), failingFirst(tries,
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));

        assertThat(tries).hasValue(2);
    }

    @Test
    void aRollbackThatFailedOnTheBrokenConnectionDoesNotHideIt() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new PSQLException("FATAL: terminating connection due to administrator command",
                PSQLState.CONNECTION_FAILURE));

        readAsTomcatWould(new MockHttpServletRequest("GET", "/groups"), new MockHttpServletResponse(), failingFirst(tries, rollbackFailed));

        assertThat(tries).hasValue(2);
    }

    @Test
    void aChangeIsNeverSentTwiceAndItsPageSaysItMayNotHaveBeenSaved() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sessions/4/insights");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, failingFirst(tries,
                new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST)));

        assertThat(tries).hasValue(1);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(request.getAttribute(BrokenConnectionFilter.NOT_SAVED)).isEqualTo(true);
    }

    @Test
    void otherFailuresAreNotTriedAgain() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/people"), new MockHttpServletResponse(),
                failingFirst(tries, new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION))))
                .isInstanceOf(ServletException.class);
        assertThat(tries).hasValue(1);
    }

    @Test
    void theFilterDoesNotRunTheChainTwiceItself() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/people");
        request.setAttribute(ReadAgainValve.OFFERED, true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, failingFirst(tries,
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)));

        assertThat(tries).hasValue(1);
        assertThat(request.getAttribute(ReadAgainValve.WANTED)).isEqualTo(true);
        assertThat(response.getContentAsString()).isEmpty();
    }

    @Test
    void aReadWhoseConnectionBreaksTwiceShowsTheErrorPage() {
        AtomicInteger tries = new AtomicInteger();
        FilterChain alwaysBroken = (request, response) -> {
            tries.incrementAndGet();
            throw new ServletException("Request processing failed",
                    new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST));
        };

        assertThatThrownBy(() -> readAsTomcatWould(new MockHttpServletRequest("GET", "/people"), new MockHttpServletResponse(), alwaysBroken))
                .isInstanceOf(ServletException.class);
        assertThat(tries).hasValue(2);
    }

    @Test
    void withoutTheValveAReadIsNotTriedAgainButShowsTheErrorPage() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/people"), new MockHttpServletResponse(),
                failingFirst(tries, new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST))))
                .isInstanceOf(ServletException.class);
        assertThat(tries).hasValue(1);
    }

    /**
     * What {@link ReadAgainValve} does in Tomcat: sends the request through the filter again, with the rest of the
     * chain built afresh, when the filter asks. The valve itself is tested in the running Tomcat, by
     * {@link ReadingAgainKeepsThePersonSignedInTest}.
     */
    private void readAsTomcatWould(MockHttpServletRequest request, MockHttpServletResponse response, FilterChain rest) throws Exception {
        request.setAttribute(ReadAgainValve.OFFERED, true);
        filter.doFilter(request, response, rest);
        if (request.getAttribute(ReadAgainValve.WANTED) != null) {
            request.removeAttribute(ReadAgainValve.WANTED);
            request.setAttribute(ReadAgainValve.AGAIN, true);
            response.reset();
            filter.doFilter(request, response, rest);
        }
    }

    /** The rest of the chain as a restart leaves it: the first request fails with this, the next is answered. */
    private static FilterChain failingFirst(AtomicInteger tries, Exception failure) {
        return (request, response) -> {
            if (tries.incrementAndGet() == 1) {
                throw new ServletException("Request processing failed", failure);
            }
            response.getWriter().write("the page");
        };
    }
}
