package io.blogflow.shared.bootstrap;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** blogflow's own settings; each is also an environment variable (blogflow.http.max-body-size = BLOGFLOW_HTTP_MAX_BODY_SIZE). */
@ConfigMapping(prefix = "blogflow")
public interface BlogflowConfig {

    Http http();

    RateLimits rateLimit();

    Redis redis();

    Gdpr gdpr();

    Publishing publishing();

    Site site();

    PublicCache publicCache();

    PublicReads publicReads();

    Llm llm();

    Review review();

    Media media();

    Jobs jobs();

    Mail mail();

    /** Outgoing mail (BLOGFLOW_MAIL_*): see docs/email-and-notifications.md. */
    interface Mail {

        /** SMTP server; absent (the embedded default): every message is logged and written to {@link #dir()}. */
        java.util.Optional<String> smtpHost();

        /** Sender of every message. */
        @WithDefault("blogflow <no-reply@localhost>")
        String from();

        /** Folder for mail written instead of sent (one readable .eml file per message). */
        @WithDefault(".data/mail")
        String dir();
    }

    Cleanup cleanup();

    Database database();

    /** The database's reachability (BLOGFLOW_DATABASE_*): see docs/operations.md. */
    interface Database {

        /**
         * While PostgreSQL cannot be reached, requests that need it are answered 503 at once and one connection
         * attempt per pool is made this often; the first that succeeds ends the outage.
         */
        @WithDefault("500ms")
        java.time.Duration outageProbeInterval();
    }

    /** The job queue (BLOGFLOW_JOBS_*): see docs/jobs.md. */
    interface Jobs {

        /** Whether this instance runs jobs; without workers it still enqueues (a web-only instance). */
        @WithDefault("true")
        boolean workers();

        /** Jobs this instance runs at once. */
        @WithDefault("4")
        int threads();

        /** How often workers look for due jobs without a wake-up signal (enqueues of due jobs signal at commit). */
        @WithDefault("5s")
        java.time.Duration pollInterval();

        /** A running job whose instance sent no heartbeat for this long is run again elsewhere (at least 4s). */
        @WithDefault("60s")
        java.time.Duration lease();

        /** Attempts per job (the first included) unless its type says otherwise. */
        @WithDefault("5")
        int maxAttempts();

        /** Wait before the first retry; it doubles per failed attempt (with jitter) up to {@link #backoffMax()}. */
        @WithDefault("10s")
        java.time.Duration backoffInitial();

        @WithDefault("1h")
        java.time.Duration backoffMax();

        /** How long succeeded and cancelled jobs are kept. */
        @WithDefault("14d")
        java.time.Duration retention();

        /** How long dead jobs are kept for inspection and retry. */
        @WithDefault("30d")
        java.time.Duration deadRetention();
    }

    /** The recurring cleanups, run as periodic jobs (each occurrence on one instance). */
    interface Cleanup {

        /** How often each cleanup runs (a duration such as 1h, or "off"). */
        @WithDefault("1h")
        String interval();

        /** Posts in the trash longer than this are deleted for good. */
        @WithDefault("30d")
        java.time.Duration trashRetention();

        /** Sessions expired or revoked longer ago than this are deleted with their refresh tokens. */
        @WithDefault("7d")
        java.time.Duration sessionRetention();

        /** Idempotency keys of LLM runs and image generations older than this are released (the runs stay). */
        @WithDefault("24h")
        java.time.Duration idempotencyKeyTtl();
    }

    interface Media {

        /**
         * Where media bytes live (BLOGFLOW_MEDIA_STORAGE): {@code filesystem} (under storage-dir, the default) or
         * {@code s3} (an S3-compatible bucket, which several instances can share: docs/instances.md).
         */
        @WithDefault("filesystem")
        String storage();

        /** Directory holding uploaded images and their renditions (fanned out as ab/cd/<key>). */
        @WithDefault(".data/media")
        String storageDir();

        /** The bucket when storage is s3 (BLOGFLOW_MEDIA_S3_*). */
        S3 s3();

        interface S3 {

            /** Bucket name; required when storage is s3. */
            java.util.Optional<String> bucket();

            /** An S3-compatible server's address (MinIO, Ceph, R2, …); absent: AWS S3 by region. */
            java.util.Optional<java.net.URI> endpoint();

            @WithDefault("us-east-1")
            String region();

            /** Absent: the AWS SDK's default chain (AWS_ACCESS_KEY_ID…, profile, instance role). */
            java.util.Optional<String> accessKey();

            java.util.Optional<String> secretKey();

            /** Put before every object key, e.g. {@code blog/}, to share a bucket; absent: none. */
            java.util.Optional<String> prefix();

            /** Connect and read timeout of each S3 call. */
            @WithDefault("10s")
            java.time.Duration timeout();
        }

        /**
         * Directory with an executable {@code cwebp} for WebP output. Absent: the one bundled in scrimage-webp is
         * installed once under {@link #toolsDir()} (on Linux; elsewhere scrimage copies it to java.io.tmpdir).
         */
        java.util.Optional<String> cwebpDir();

        /** Where the bundled cwebp is installed once (BLOGFLOW_DATA_DIR/bin by default). */
        @WithDefault(".data/bin")
        String toolsDir();

        /** Largest image file accepted by an upload (BLOGFLOW_MEDIA_MAX_UPLOAD_BYTES; 20M, or a number of bytes). */
        @WithDefault("20M")
        MemorySize maxUploadBytes();

        /** Most pixels (width × height, read from the header before decoding) an image may have. */
        @WithDefault("50000000")
        long maxPixels();

        /** Responsive widths variants are rendered at: the only w<width> names /media/{id}/… answers. */
        @WithDefault("320,640,1024,1600")
        String variantWidths();

        /**
         * Absolute base of the public media URLs in API answers (a CDN or proxy in front of /media); absent: the
         * address the API request came to.
         */
        java.util.Optional<java.net.URI> publicUrl();
    }

    interface Review {

        /**
         * The review gate: an author publishing or scheduling AI-generated text without an editor's current approval
         * sends it to pending_review instead.
         */
        @WithDefault("true")
        boolean aiGeneratedRequiresApproval();
    }

    interface Llm {

        /**
         * AES-256 key (32 bytes, base64) sealing provider auth tokens at rest. No default: embedded mode generates one
         * under the data directory; with an external database the app refuses to start without it.
         */
        java.util.Optional<String> encryptionKey();

        /**
         * Hosts provider URLs may point at: comma list of names, address literals and *.domain patterns. Unset: the
         * hosts of the registered protocols' hosted APIs (api.openai.com, api.anthropic.com).
         */
        java.util.Optional<String> allowedHosts();

        /** Let provider URLs resolve to private, loopback or link-local addresses (a local Ollama, tests). */
        @WithDefault("false")
        boolean allowPrivateNetworks();

        /** Attempts per model (the first call included) for failures worth retrying: 429, 5xx, timeouts. */
        @WithDefault("3")
        int maxAttempts();

        /** Backoff before the first retry; it doubles per retry (with full jitter) up to {@link #backoffMax()}. */
        @WithDefault("500ms")
        java.time.Duration backoffInitial();

        @WithDefault("8s")
        java.time.Duration backoffMax();

        /** A Retry-After longer than this is not waited for: the fallback model is tried instead. */
        @WithDefault("30s")
        java.time.Duration retryAfterMax();

        /** Consecutive failures (429, 5xx, timeouts, connection errors) after which a provider's circuit opens. */
        @WithDefault("5")
        int circuitFailureThreshold();

        /** How long an open circuit refuses calls before letting one trial call through. */
        @WithDefault("30s")
        java.time.Duration circuitOpenFor();

        /**
         * Generations reserve and commit their usage with billing (the account's plan). Off: nothing is reserved,
         * limited or recorded in the ledger, only counted in the metrics (measuring what metering costs, an install
         * that bills nobody).
         */
        @WithDefault("true")
        boolean metered();
    }

    /** Bounds on readers' queries (read by the persistence adapter's PublicReads; declared here to be mapped). */
    interface PublicReads {

        /** A public read (list, by slug) is cancelled past this (whole seconds, rounded up): 503. Search: below. */
        @WithDefault("2s")
        java.time.Duration statementTimeout();

        /**
         * Searches running at once; one more answers 503 search-busy with Retry-After at once. Unset: half the cores,
         * 1 to 4 (SearchPostsService.defaultMaxConcurrent). Also the size of the search pool (the search
         * datasource; 4 when unset), so an admitted search never waits for a connection.
         */
        java.util.OptionalInt maxConcurrentSearches();

        /** A search's statement is cancelled past this (set on the search pool's connections, in ms): 503. */
        @WithDefault("1s")
        java.time.Duration searchStatementTimeout();
    }

    interface PublicCache {

        /** Keep rendered public posts and lists in memory, emptied on every content change signal. */
        @WithDefault("true")
        boolean enabled();

        /** Upper bound on an entry's age, should a change signal ever be lost. */
        @WithDefault("60s")
        java.time.Duration ttl();

        /**
         * Bytes of rendered answers kept (bodies, keys and links; least recently used go first): the cache's bound
         * whatever the number or size of posts.
         */
        @WithDefault("64M")
        MemorySize maxBytes();
    }

    Sitemap sitemap();

    Feeds feeds();

    interface Sitemap {

        /** URLs per sitemap; with more published posts, /sitemap.xml becomes an index of pages (1 to 50000). */
        @WithDefault("50000")
        int maxUrls();
    }

    interface Feeds {

        /** How many of the newest posts RSS and Atom feeds list (1 to 100). */
        @WithDefault("20")
        int size();
    }

    interface Site {

        /** Public address of the site (permalinks are <url>/<slug>; used by sitemaps, feeds and link healing). */
        @WithDefault("http://localhost:8080")
        java.net.URI url();

        /** Publication name shown in feeds and structured data. */
        @WithDefault("blogflow")
        String title();

        /** One-line description of the publication for feeds. */
        @WithDefault("An AI-assisted publication")
        String description();

        /** The publication's logo (absolute, or relative to the site's address): JSON-LD publisher, feed images. */
        java.util.Optional<java.net.URI> logoUrl();
    }

    interface Publishing {

        /** How often due scheduled posts are published (a duration such as 30s, or "off"). */
        @WithDefault("30s")
        String interval();
    }

    interface Gdpr {

        /** User id that takes over an erased person's content; absent = it stays under the anonymised account. */
        java.util.Optional<String> reassignContentTo();
    }

    interface Http {

        /** Largest request body accepted by the API; larger ones get a 413 problem. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface RateLimits {

        /** Authenticated API calls per principal (blogflow.rate-limit.api.capacity / .window). */
        @WithDefault("300")
        @io.smallrye.config.WithName("api.capacity")
        int apiCapacity();

        @WithDefault("1m")
        @io.smallrye.config.WithName("api.window")
        java.time.Duration apiWindow();

        /** Login and refresh attempts per client address. */
        @WithDefault("20")
        @io.smallrye.config.WithName("credentials.capacity")
        int credentialsCapacity();

        @WithDefault("1m")
        @io.smallrye.config.WithName("credentials.window")
        java.time.Duration credentialsWindow();
    }

    /** The Redis server the instances share their rate limits through (docs/instances.md). */
    interface Redis {

        /** {@code redis://host:6379} (BLOGFLOW_REDIS_URL); absent: limits are counted in each process. */
        java.util.Optional<String> url();

        /** How long a request waits for Redis; past it the request is let through (and a warning logged). */
        @WithDefault("500ms")
        java.time.Duration timeout();

        /** Put before every key blogflow writes, so applications can share a server. */
        @WithDefault("blogflow:ratelimit:")
        String keyPrefix();
    }
}
