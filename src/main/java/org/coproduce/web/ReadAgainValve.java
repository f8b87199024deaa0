package org.coproduce.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Reads a page again from the very start when {@link BrokenConnectionFilter} asks, because its database connection
 * broke. It sits in Tomcat in front of the filters, as a filter cannot do this: Tomcat's chain of filters remembers how
 * far it got, so running it a second time went straight to the page, past the session and sign-in filters, and the
 * page found nobody signed in. Tomcat builds the chain afresh each time this valve passes the request on.
 *
 * <p>What the first try left on the request is removed first, so the second try starts as the request arrived: it
 * finds the session in the database again, and with it the person signed in.
 */
final class ReadAgainValve extends ValveBase {

    /** Set on each request that this valve can read again. */
    static final String OFFERED = ReadAgainValve.class.getName() + ".OFFERED";
    /** Set by the filter when a read should be tried again. */
    static final String WANTED = ReadAgainValve.class.getName() + ".WANTED";
    /** Set on the second try, so that there is no third. */
    static final String AGAIN = ReadAgainValve.class.getName() + ".AGAIN";

    ReadAgainValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        Set<String> before = new HashSet<>(Collections.list(request.getAttributeNames()));
        request.setAttribute(OFFERED, true);
        getNext().invoke(request, response);
        if (request.getAttribute(WANTED) == null || response.isCommitted() || request.isAsyncStarted()) {
            return;
        }
        for (String name : Collections.list(request.getAttributeNames())) {
            if (!before.contains(name)) {
                request.removeAttribute(name);
            }
        }
        response.reset();
        request.setAttribute(OFFERED, true);
        request.setAttribute(AGAIN, true);
        getNext().invoke(request, response);
    }

    /** Puts the valve in front of the application in the embedded Tomcat. */
    @Component
    static class InTomcat implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextValves(new ReadAgainValve());
        }
    }
}
