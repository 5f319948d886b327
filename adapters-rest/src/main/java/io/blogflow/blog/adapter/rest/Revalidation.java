package io.blogflow.blog.adapter.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Conditional answers for the public SEO surfaces (sitemaps, feeds, robots.txt, structured data): crawlers and feed
 * readers poll them, so each carries a validator computed from cheap facts about what it lists, and the expensive
 * part (reading bodies, rendering XML) runs only when the client's copy is stale.
 */
final class Revalidation {

    /** Shared caches may keep these five minutes; after that a revalidation usually ends in a bodiless 304. */
    static final CacheControl FIVE_MINUTES = CacheControl.valueOf("public, max-age=300");

    private Revalidation() {
    }

    /** A strong entity tag naming exactly these facts (hashed, so it stays short and reveals nothing). */
    static EntityTag tagOf(Object... facts) {
        StringBuilder joined = new StringBuilder();
        for (Object fact : facts) {
            joined.append(fact).append('\u001f');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** 304 when the request's If-None-Match names {@code tag}; otherwise 200 with the body {@code render} makes. */
    static Response respond(Request request, EntityTag tag, String mediaType, Supplier<Object> render) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(FIVE_MINUTES).build();
        }
        return Response.ok(render.get(), mediaType).tag(tag).cacheControl(FIVE_MINUTES).build();
    }
}
