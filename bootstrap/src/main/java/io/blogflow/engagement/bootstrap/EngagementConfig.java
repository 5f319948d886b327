package io.blogflow.engagement.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Reader engagement settings ({@code blogflow.engagement.*}, e.g. BLOGFLOW_ENGAGEMENT_REACTIONS_CAPACITY=60). */
@ConfigMapping(prefix = "blogflow.engagement")
public interface EngagementConfig {

    /** Likes, unlikes and shares per client address ({@code reactions.capacity} per {@code reactions.window}). */
    @WithDefault("60")
    @WithName("reactions.capacity")
    int reactionsCapacity();

    @WithDefault("1m")
    @WithName("reactions.window")
    Duration reactionsWindow();

    /**
     * Base64 secret (at least 32 bytes) keying the fingerprints of visitor keys and subscriber addresses. Unset:
     * derived from BLOGFLOW_LLM_ENCRYPTION_KEY. Changing it forgets who liked what (counts stay).
     */
    Optional<String> fingerprintSecret();
}
