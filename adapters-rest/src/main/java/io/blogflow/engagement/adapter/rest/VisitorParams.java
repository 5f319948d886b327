package io.blogflow.engagement.adapter.rest;

import io.blogflow.engagement.domain.VisitorKey;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.ValidationException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The reader behind a like or unlike, as a {@code @BeanParam}: their visitor key header (documented once, for every
 * like endpoint) and the client's address, the rate-limit key.
 */
public class VisitorParams {

    static final String HEADER = "X-Visitor-Key";

    @Parameter(name = HEADER, required = true, example = "3f0c2a9e-8d41-4b6a-a0f5-1c2d3e4f5a6b",
            description = "The visitor's random key (16 to 128 of A-Z a-z 0-9 - _), kept by the client; the server "
                    + "stores only its keyed hash.")
    @HeaderParam(HEADER)
    String key;

    @Context
    HttpServerRequest request;

    /** The header as a key; a missing or malformed one is a 400 naming the header. */
    VisitorKey key() {
        try {
            return new VisitorKey(key);
        } catch (InvalidValueException e) {
            throw new ValidationException(List.of(new FieldError(HEADER, e.code(), e.getMessage())));
        }
    }

    String client() {
        return clientOf(request);
    }

    /** The caller's address (rate limits, analytics' anonymous visitor id); never stored. */
    static String clientOf(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
