package io.blogflow.blog.adapter.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.blogflow.blog.application.port.out.PublicContentCache;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Public answers rendered once (JSON bytes, ETag, headers) and served from memory until the content changes.
 * Every change signal empties it ({@link #invalidateAll}); the time-to-live only bounds what a lost signal could
 * cost. Disabled, it renders every time.
 */
public final class RenderedPublicAnswers implements PublicContentCache {

    /** Readers and shared caches may keep public answers briefly; ETags make revalidation cheap. */
    static final CacheControl CACHE_CONTROL = CacheControl.valueOf("public, max-age=60");

    private final Cache<String, Answer> answers;
    /**
     * Answers being rendered, so identical misses render once. Not Caffeine's own compute: that holds a lock on the
     * key's hash bin while it renders, and a slow search then held up unrelated reads whose keys share the bin.
     */
    private final ConcurrentHashMap<String, CompletableFuture<Answer>> rendering = new ConcurrentHashMap<>();
    /** Raised by every {@link #invalidateAll}: an answer rendered across it is not kept. */
    private final AtomicLong generation = new AtomicLong();

    /**
     * @param maxBytes the cache's bound in bytes: each answer weighs its body, its key and its links (plus a fixed
     *                 overhead), so 100,000 large posts cannot grow the heap past it; least recently used go first
     */
    public RenderedPublicAnswers(boolean enabled, Duration timeToLive, long maxBytes) {
        this.answers = enabled ? Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumWeight(maxBytes)
                .weigher(RenderedPublicAnswers::weight).build() : null;
    }

    /** Bytes an entry holds: its key and body, its links' text, and ~200 bytes of objects around them. */
    static int weight(String key, Answer answer) {
        long bytes = 200L + 2L * key.length() + (answer.body() == null ? 0 : answer.body().length);
        for (Link link : answer.links()) {
            bytes += 64L + 2L * link.getUri().toString().length();
        }
        if (answer.location() != null) {
            bytes += 2L * answer.location().toString().length();
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** A rendered answer: 200 with a body (and optional ETag and links) or a redirect to {@code location}. */
    record Answer(int status, byte[] body, EntityTag tag, URI location, List<Link> links) {

        static Answer ok(byte[] body, EntityTag tag, List<Link> links) {
            return new Answer(200, body, tag, null, links);
        }

        static Answer movedTo(URI location) {
            return new Answer(301, null, null, location, List.of());
        }
    }

    /** A strong validator for a body that has no version of its own (a list page): a digest of its bytes. */
    static EntityTag contentTag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    Answer get(String key, Supplier<Answer> render) {
        if (answers == null) {
            return render.get();
        }
        Answer kept = answers.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            return awaited(running);
        }
        long renderedIn = generation.get();
        try {
            Answer answer = render.get();
            answers.put(key, answer);
            if (generation.get() != renderedIn) {
                answers.invalidate(key); // the content changed while it was rendered
            }
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            rendering.remove(key, mine);
        }
    }

    /** The identical render's answer, or its failure as it was thrown. */
    private static Answer awaited(CompletableFuture<Answer> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Whether {@code key}'s answer is being rendered now: another {@link #get} of it waits for that one. */
    boolean rendering(String key) {
        return rendering.containsKey(key);
    }

    /** The answer kept for {@code key}, or null (nothing kept, or the cache is off): never renders. */
    Answer peek(String key) {
        return answers == null ? null : answers.getIfPresent(key);
    }

    /** The answer as HTTP: a 304 when the client's If-None-Match already names it. */
    static Response respond(Answer answer, Request request) {
        if (answer.status() != 200) {
            return Response.status(answer.status()).location(answer.location()).build();
        }
        if (answer.tag() != null) {
            Response.ResponseBuilder notModified = request.evaluatePreconditions(answer.tag());
            if (notModified != null) {
                return notModified.tag(answer.tag()).cacheControl(CACHE_CONTROL).build();
            }
        }
        return Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE).tag(answer.tag())
                .links(answer.links().toArray(Link[]::new)).cacheControl(CACHE_CONTROL).build();
    }

    @Override
    public void invalidateAll() {
        if (answers != null) {
            generation.incrementAndGet();
            answers.invalidateAll();
        }
    }
}
