package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import java.util.List;

/** A JSON body that the endpoint cannot do without: a missing one is a 400 with a field error. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException(List.of(new FieldError("body", "required", "A JSON object is required.")));
        }
        return body;
    }
}
