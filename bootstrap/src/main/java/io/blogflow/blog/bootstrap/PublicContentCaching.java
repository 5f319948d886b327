package io.blogflow.blog.bootstrap;

import io.blogflow.blog.adapter.persistence.PostgresContentChanges;
import io.blogflow.blog.adapter.rest.RenderedPublicAnswers;
import io.blogflow.shared.application.port.out.SignalChannels;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The in-process cache of rendered public answers, and the database change signal that empties it. */
@Singleton
public class PublicContentCaching {

    private SignalChannels.Subscription changes;

    @Produces
    @Singleton
    RenderedPublicAnswers renderedPublicAnswers(BlogflowConfig config) {
        var cache = config.publicCache();
        return new RenderedPublicAnswers(cache.enabled(), cache.ttl(), cache.maxBytes().asLongValue());
    }

    void listen(@Observes StartupEvent started, BlogflowConfig config, SignalChannels signals,
                RenderedPublicAnswers answers) {
        if (config.publicCache().enabled()) {
            changes = signals.subscribe(PostgresContentChanges.CHANNEL, null, new PostgresContentChanges(answers));
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (changes != null) {
            changes.cancel();
        }
    }
}
