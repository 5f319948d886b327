package io.blogflow.shared.bootstrap;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** blogflow's own settings; each is also an environment variable (blogflow.http.max-body-size = BLOGFLOW_HTTP_MAX_BODY_SIZE). */
@ConfigMapping(prefix = "blogflow")
public interface BlogflowConfig {

    Http http();

    interface Http {

        /** Largest request body accepted by the API; larger ones get a 413 problem. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }
}
