package io.blogflow.llm.domain;

import java.util.Optional;

/**
 * A wire protocol a provider may speak, as an adapter module contributes it: the provider type it serves, what it can
 * do and, for a hosted API, where it usually is. The chat and image SPIs extend it with the gateway that speaks it;
 * the provider-type registry is built from every protocol contributed, so nothing in the domain names an adapter.
 */
public interface ProviderProtocol {

    /** The provider type it serves: providers are registered with this code as their {@code type}. */
    ProviderType type();

    Capabilities capabilities();

    /**
     * The API's usual base URL for a hosted service ({@code https://api.openai.com/v1}): the default when a provider
     * of this type is registered without one, and its host is on the default allow-list. Empty for self-hosted
     * servers (Ollama, AUTOMATIC1111), which have no usual address.
     */
    default Optional<ProviderUrl> defaultBaseUrl() {
        return Optional.empty();
    }
}
