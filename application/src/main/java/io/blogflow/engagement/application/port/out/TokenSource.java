package io.blogflow.engagement.application.port.out;

/** Unguessable one-time tokens (for email links): at least 256 random bits, URL-safe. */
public interface TokenSource {

    String newToken();
}
