package io.blogflow.llm.application.port.in;

import io.blogflow.llm.domain.Capabilities;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import java.util.List;

/** The provider types this installation knows: those its adapter modules contribute, with what each can do. */
public interface ProviderTypesUseCase {

    /** Every registered type, by code. */
    List<ProviderTypeInfo> providerTypes();

    /** @param defaultBaseUrl the hosted API's usual base URL, {@code null} for self-hosted servers */
    record ProviderTypeInfo(ProviderType type, Capabilities capabilities, ProviderUrl defaultBaseUrl) {
    }
}
