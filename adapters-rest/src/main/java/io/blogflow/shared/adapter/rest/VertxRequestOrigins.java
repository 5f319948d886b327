package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.application.port.out.RequestOrigins;
import io.blogflow.shared.domain.AuditEntry.Origin;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** The origin of the HTTP request on this thread's request context (after proxy-forwarding rules). */
@ApplicationScoped
public class VertxRequestOrigins implements RequestOrigins {

    @Override
    public Origin current() {
        if (!Arc.container().requestContext().isActive()) {
            return Origin.NONE;
        }
        RoutingContext context = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (context == null) {
            return Origin.NONE;
        }
        var request = context.request();
        String ip = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String userAgent = request.getHeader("User-Agent");
        return new Origin(ip, userAgent == null || userAgent.length() <= 512 ? userAgent : userAgent.substring(0, 512),
                request.getHeader(RequestIds.HEADER));
    }
}
