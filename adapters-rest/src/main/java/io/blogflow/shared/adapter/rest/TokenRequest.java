package io.blogflow.shared.adapter.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every endpoint that takes a single-use token from an email link: email verification, newsletter
 * confirmation and unsubscribe. One shape, one schema.
 */
@Schema(name = "TokenRequest", description = "A token from an email link.")
public record TokenRequest(@Schema(required = true) String token) {

    /** The token of a body the endpoint cannot do without (no body: 400); what it is worth, the use case decides. */
    public static String tokenOf(TokenRequest body) {
        return RequestBodies.required(body).token();
    }
}
