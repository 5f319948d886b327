package io.blogflow.shared.adapter.rest;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.resteasy.reactive.server.runtime.observability.ObservabilityIntegrationRecorder;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;

/**
 * Keeps Quarkus REST's metrics integration from matching every request's URI template twice.
 *
 * <p>With authentication on demand ({@code quarkus.http.auth.proactive=false}) and metrics present, Quarkus REST
 * installs a filter (order -199, right after authentication at -200) that, on <em>every</em> request, builds a new
 * {@code RequestMapper} over all resource classes to find the request's URI template, just in case authentication
 * fails later, and swaps the authentication failure handler for one that fails the routing context. For requests
 * that pass, the REST layer sets the same template again, cheaply, from the matched method; the first matching was
 * wasted (a profile of cached public reads showed 14–23% of the CPU in it).
 *
 * <p>This route runs between the two (same order as that filter, registered before it) and swaps the handler first,
 * for one that does the same work only when authentication does fail: find the template (so a 401's metrics still
 * name {@code /api/v1/posts/{id}}, not the raw path), then fail the routing context as Quarkus' handler does. The
 * filter then sees a handler that is not Quarkus' default and leaves the request alone.
 */
@Singleton
public class LazyAuthFailureTemplates {

    /** Where Quarkus keeps the current request's authentication failure handler. */
    static final String AUTH_FAILURE_HANDLER = "io.quarkus.vertx.http.auth-failure-handler";
    /** Quarkus REST's own filter's order ({@code -1 ×} its priority, 199). */
    static final int ORDER = -199;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(LazyAuthFailureTemplates::swap);
    }

    private static void swap(RoutingContext context) {
        if (context.get(AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            context.put(AUTH_FAILURE_HANDLER, FAIL_WITH_TEMPLATE);
        }
        context.next();
    }

    private static final BiConsumer<RoutingContext, Throwable> FAIL_WITH_TEMPLATE = (context, failure) -> {
        try {
            ObservabilityIntegrationRecorder.setTemplatePath(context, ResteasyReactiveRecorder.getCurrentDeployment());
        } catch (RuntimeException e) {
            // the metrics then name the raw path; the answer is unaffected
        }
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(context, failure);
        if (!context.failed()) {
            context.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };
}
