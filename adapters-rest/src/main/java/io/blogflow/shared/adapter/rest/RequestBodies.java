package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import java.util.List;

/** A JSON body, or a member of one, that the endpoint cannot do without: missing is a 400 with a field error. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException(List.of(new FieldError("body", "required", "A JSON object is required.")));
        }
        return body;
    }

    /** A member the endpoint cannot do without: a missing or null one is a 400 with a field error. */
    public static <T> T requiredField(T value, String field) {
        if (value == null) {
            throw new ValidationException(List.of(new FieldError(field, "required", "This field is required.")));
        }
        return value;
    }
}
