package io.blogflow.engagement.application.port.in;

/** One-click unsubscribe with the token of a newsletter's link (RFC 8058); unsubscribing twice is fine. */
public interface UnsubscribeUseCase {

    void unsubscribe(String token);
}
