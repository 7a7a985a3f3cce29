package io.dutygraph.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets the work of a request ask whether its client is still connected, so that a request its client abandoned
 * stops instead of running on for nobody. The servlet API cannot tell (Tomcat does not watch a connection while
 * its request runs), so a Tomcat valve gives every request, as the attribute {@value #ATTRIBUTE}, a
 * {@link BooleanSupplier} that asks the connection itself: once the request's body has been read, a client that
 * closed its connection shows as the end of the stream. A client that sends the next request before the answer to
 * this one (HTTP pipelining, which browsers and common clients do not use) counts as gone too.
 */
@Component
class ClientConnection implements TomcatContextCustomizer {

    /** The request attribute holding the {@code BooleanSupplier}: {@code true} while the client is connected. */
    static final String ATTRIBUTE = "io.dutygraph.clientConnected";

    @Override
    public void customize(Context context) {
        context.getPipeline().addValve(new Valve());
    }

    /** Whether the client of this request is still connected; {@code true} while that cannot be told. */
    static boolean isConnected(Request request) {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        AtomicBoolean bodyRead = new AtomicBoolean();
        coyote.action(ActionCode.REQUEST_BODY_FULLY_READ, bodyRead);
        if (!bodyRead.get()) {
            return true;
        }
        // With nothing left of the body, Tomcat tries a non-blocking read of the connection: nothing to read
        // means connected; the end of the stream (a closed connection) shows as something available.
        coyote.action(ActionCode.AVAILABLE, Boolean.TRUE);
        return coyote.getAvailable() == 0;
    }

    private static final class Valve extends ValveBase {

        Valve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            request.setAttribute(ATTRIBUTE, (BooleanSupplier) () -> isConnected(request));
            getNext().invoke(request, response);
        }
    }
}
