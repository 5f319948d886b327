package io.blogflow.engagement.adapter.rest;

import io.blogflow.engagement.domain.VisitorKey;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.ValidationException;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;

/** What the public reaction endpoints read from a request: the visitor key header and the client's address. */
final class Visitors {

    static final String HEADER = "X-Visitor-Key";

    private Visitors() {
    }

    /** The header as a key; a missing or malformed one is a 400 naming the header. */
    static VisitorKey key(String header) {
        try {
            return new VisitorKey(header);
        } catch (InvalidValueException e) {
            throw new ValidationException(List.of(new FieldError(HEADER, e.code(), e.getMessage())));
        }
    }

    static String client(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
