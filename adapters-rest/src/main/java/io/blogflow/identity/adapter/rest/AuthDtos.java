package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.application.port.in.IssuedTokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of {@code /api/v1/auth}. */
final class AuthDtos {

    private AuthDtos() {
    }

    @Schema(name = "LoginRequest")
    record LoginRequest(@Schema(required = true, examples = "admin@example.com") String email,
                        @Schema(required = true, format = "password") String password) {
    }

    @Schema(name = "RefreshRequest")
    record RefreshRequest(@Schema(required = true, description = "The refresh token of the last login or refresh.")
                          String refreshToken) {
    }

    @Schema(name = "Tokens")
    record TokenResponse(
            @Schema(description = "RS256 JWT for the Authorization: Bearer header.") String accessToken,
            @Schema(description = "Opaque, single-use: trade it at /auth/refresh for a new pair.") String refreshToken,
            @Schema(required = true, description = "Seconds until the access token expires.") long expiresIn,
            @Schema(enumeration = "Bearer") String tokenType) {

        static TokenResponse from(IssuedTokens tokens) {
            return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), tokens.expiresInSeconds(), "Bearer");
        }
    }
}
