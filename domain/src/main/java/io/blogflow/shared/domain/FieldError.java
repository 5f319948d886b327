package io.blogflow.shared.domain;

/** One rejected input field: its name as the client sent it, a machine code and a human message. */
public record FieldError(String field, String code, String message) {
}
