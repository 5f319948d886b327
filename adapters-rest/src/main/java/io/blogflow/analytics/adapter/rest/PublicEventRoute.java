package io.blogflow.analytics.adapter.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogflow.analytics.adapter.rest.EventIntake.Body;
import io.blogflow.shared.adapter.rest.Problem;
import io.blogflow.shared.adapter.rest.ProblemMappers;
import io.blogflow.shared.adapter.rest.ProblemResponses;
import io.blogflow.shared.adapter.rest.RequestIds;
import io.blogflow.shared.domain.DomainException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The hot write path: {@code POST /api/v1/public/events} answered on the event loop, before authentication and the
 * REST layer (no worker thread, no filter chain, no resource matching; the answer is a 202 with no body). Only what
 * {@link PublicEventResource} would record from memory takes this path: a JSON or text/plain body in UTF-8 that reads
 * as events, no query string and no credentials, once the user-agent rules are loaded, today's salt is held and every
 * slug's post is known. Anything else (the first events after start, an unknown slug, a body to refuse as malformed)
 * goes on to the resource with the body already read. Both paths give the same answers: 202; 400 for invalid fields;
 * 429 over the client's limit and 503 when the write path is full, both with Retry-After; the HTTP metrics see the
 * same URI template.
 */
@Singleton
public class PublicEventRoute {

    static final String PATH = "/api/v1/public/events";
    /** The key the HTTP server metrics read the URI template from (what Quarkus REST sets for its own routes). */
    private static final String URI_TEMPLATE = "UrlPathTemplate";
    private static final Logger LOG = Logger.getLogger(PublicEventRoute.class);

    private final EventIntake intake;
    private final ObjectMapper json;

    public PublicEventRoute(EventIntake intake, ObjectMapper json) {
        this.intake = intake;
        this.json = json;
    }

    void install(@Observes Router router) {
        // After the request id and the body size limit; before authentication, body handling and REST.
        router.post(PATH).order(Integer.MIN_VALUE + 3).handler(this::ingest);
    }

    private void ingest(RoutingContext context) {
        if (!mayTake(context)) {
            context.next();
            return;
        }
        Buffer held = context.body().buffer(); // a chunked body, read by the body size limit
        if (held != null) {
            answer(context, held);
        } else {
            readBody(context);
        }
    }

    /** Through the request's handlers: they resume the request, which Quarkus holds paused until a handler reads. */
    private void readBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        request.handler(body::appendBuffer);
        request.exceptionHandler(context::fail);
        request.endHandler(ended -> answer(context, body));
    }

    private void answer(RoutingContext context, Buffer raw) {
        Body body = intake.readOrNull(raw.getBytes());
        if (body == null || !intake.recordsFromMemory(body)) {
            context.setBody(raw);
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        ((HttpServerRequestInternal) request).context().putLocal(URI_TEMPLATE, PATH);
        try {
            intake.throttle(request);
            intake.record(body, request);
            context.response().setStatusCode(202).end();
        } catch (DomainException refused) {
            ProblemMappers.retryAfterSeconds(refused).ifPresent(seconds ->
                    context.response().putHeader("Retry-After", Long.toString(seconds)));
            refuse(context, ProblemMappers.problem(refused));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Unexpected error on POST %s", PATH);
            refuse(context, ProblemMappers.internalError());
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        ProblemResponses.send(context.response(),
                problem.at(PATH, context.request().getHeader(RequestIds.HEADER)), json);
    }

    /** What the resource would read the same way: the exact path, no query, no credentials, a UTF-8 JSON body. */
    private static boolean mayTake(RoutingContext context) {
        HttpServerRequest request = context.request();
        return PATH.equals(context.normalizedPath()) && request.query() == null
                && !request.headers().contains(HttpHeaders.AUTHORIZATION)
                && readsAsUtf8Json(request.getHeader(HttpHeaders.CONTENT_TYPE));
    }

    /** application/json or text/plain (what navigator.sendBeacon sends), with no charset or UTF-8. */
    static boolean readsAsUtf8Json(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        String type = parts[0].strip();
        if (!type.equals("application/json") && !type.equals("text/plain")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")
                    && !parameter.equals("charset=\"utf-8\"")) {
                return false;
            }
        }
        return true;
    }
}
