package io.blogflow.blog.bootstrap;

import io.blogflow.blog.adapter.persistence.PostgresContentChanges;
import io.blogflow.blog.adapter.rest.RenderedPublicAnswers;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import javax.sql.DataSource;

/** The in-process cache of rendered public answers, and the database change signal that empties it. */
@Singleton
public class PublicContentCaching {

    private PostgresContentChanges changes;

    @Produces
    @Singleton
    RenderedPublicAnswers renderedPublicAnswers(BlogflowConfig config) {
        var cache = config.publicCache();
        return new RenderedPublicAnswers(cache.enabled(), cache.ttl(), cache.maxBytes().asLongValue());
    }

    void listen(@Observes StartupEvent started, BlogflowConfig config, DataSource dataSource,
                RenderedPublicAnswers answers) {
        if (config.publicCache().enabled()) {
            changes = new PostgresContentChanges(dataSource, answers, Duration.ofSeconds(1));
            changes.start();
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (changes != null) {
            changes.stop();
        }
    }
}
