package io.blogflow.blog.application.port.in;

import java.net.URI;

/** Where a request for a site path should go: a manual redirect, else an old post slug, else nowhere (404). */
public interface ResolveRedirectUseCase {

    /** An absolute {@code location} and the HTTP status to send it with (301 or 302). */
    record Resolution(URI location, int status) {
    }

    Resolution resolve(String path);
}
