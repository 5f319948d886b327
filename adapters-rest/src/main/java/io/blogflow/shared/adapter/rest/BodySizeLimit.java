package io.blogflow.shared.adapter.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 413 with a problem body before a too-large request body is read; upload endpoints have their own, larger
 * limit ({@link RestLimits#maxBodyBytes(String)}). (Quarkus' own
 * {@code quarkus.http.limits.max-body-size} stays as a larger backstop for bodies without a Content-Length.)
 */
public class BodySizeLimit {

    private final RestLimits limits;

    public BodySizeLimit(RestLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedBodies(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long max = limits.maxBodyBytes("/" + request.getUriInfo().getPath().replaceFirst("^/", ""));
        if (declared == null || !declared.matches("\\d{1,18}") || Long.parseLong(declared) <= max) {
            return null;
        }
        Problem problem = Problem.of(413, "payload-too-large", "Payload too large",
                "The request body has " + declared + " bytes; the limit is " + max + " bytes.");
        return ProblemResponses.of(problem, request.getUriInfo().getPath(), request.getHeaderString(RequestIds.HEADER));
    }
}
