package io.blogflow.identity.application.port.in;

/** Rotates a refresh token: the presented one dies, a new pair is issued. Reuse of a rotated one kills the session. */
public interface RefreshSessionUseCase {

    IssuedTokens refresh(String refreshToken);
}
