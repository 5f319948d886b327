package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.shared.domain.UserId;
import java.util.List;

/** The registry of LLM providers. Admins only (enforced at the edge); every change is audited. */
public interface LlmProvidersUseCase {

    List<LlmProvider> list();

    LlmProvider get(ProviderId id);

    LlmProvider create(UserId admin, ProviderValues values);

    /** Replaces the provider's settings; the auth token follows {@link ProviderValues#authToken()}. */
    LlmProvider update(UserId admin, ProviderId id, long expectedVersion, ProviderValues values);

    /** A provider that still has models is refused (409) unless {@code cascade}, which deletes them with it. */
    void delete(UserId admin, ProviderId id, long expectedVersion, boolean cascade);

    /**
     * @param authToken             {@code null}: none on create, unchanged on update; empty: none (cleared);
     *                              otherwise the new token, encrypted before it is stored
     * @param connectTimeoutMillis  {@code null}: 10 s
     * @param readTimeoutMillis     {@code null}: 2 min
     * @param enabled               {@code null}: true
     */
    record ProviderValues(String name, String type, String baseUrl, String authToken, Integer connectTimeoutMillis,
                          Integer readTimeoutMillis, Boolean enabled) {

        /** Never the token. */
        @Override
        public String toString() {
            return "ProviderValues[name=" + name + ", type=" + type + ", baseUrl=" + baseUrl + ", authToken="
                    + (authToken == null ? "unchanged" : "***") + "]";
        }
    }
}
