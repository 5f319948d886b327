package io.blogflow.shared.adapter.rest;

import io.blogflow.shared.application.port.out.RateLimiter.Limit;
import java.util.Set;

/**
 * Limits the REST edge enforces; built from configuration in bootstrap.
 *
 * @param maxBodyBytes       request bodies in general
 * @param uploads            the few endpoints that take files, and their larger limit
 * @param perPrincipal       authenticated API calls per user (or API token owner)
 * @param perIpOnCredentials login and refresh attempts per client address
 */
public record RestLimits(long maxBodyBytes, Uploads uploads, Limit perPrincipal, Limit perIpOnCredentials) {

    /**
     * Multipart bodies carry boundaries and small form fields besides the file; the file itself is checked against
     * {@code maxFileBytes} exactly by its use case.
     */
    public static final long MULTIPART_ALLOWANCE = 64 * 1024;

    /** The largest body accepted at {@code path} (as the request names it, with a leading slash). */
    public long maxBodyBytes(String path) {
        return uploads.paths().contains(path) ? Math.max(maxBodyBytes, uploads.maxFileBytes() + MULTIPART_ALLOWANCE)
                : maxBodyBytes;
    }

    /** @param paths exact request paths (e.g. {@code /api/v1/media}) that accept a file of up to maxFileBytes */
    public record Uploads(Set<String> paths, long maxFileBytes) {

        public Uploads {
            paths = Set.copyOf(paths);
        }

        public static Uploads none() {
            return new Uploads(Set.of(), 0);
        }
    }
}
