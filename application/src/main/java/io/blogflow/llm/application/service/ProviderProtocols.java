package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.in.ProviderTypesUseCase;
import io.blogflow.llm.application.port.out.ChatProtocol;
import io.blogflow.llm.domain.Capabilities;
import io.blogflow.llm.domain.ProviderProtocol;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.shared.domain.InvalidValueException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The provider-type registry, built once from every protocol the adapter modules contribute (chat and image
 * protocols alike): which types exist, what each can do (the union of its protocols' capabilities), its chat
 * protocol and its usual base URL. Two chat protocols claiming one type, or two different usual base URLs for one
 * type, are a wiring mistake: refused at start-up.
 */
public final class ProviderProtocols implements ProviderTypesUseCase {

    private final Map<String, Capabilities> capabilities = new TreeMap<>();
    private final Map<ProviderType, ChatProtocol> chat = new HashMap<>();
    private final Map<ProviderType, ProviderUrl> defaultBaseUrls = new HashMap<>();

    public ProviderProtocols(Collection<? extends ProviderProtocol> protocols) {
        for (ProviderProtocol protocol : protocols) {
            ProviderType type = protocol.type();
            capabilities.merge(type.code(), protocol.capabilities(), Capabilities::with);
            if (protocol instanceof ChatProtocol chatProtocol) {
                ChatProtocol earlier = chat.putIfAbsent(type, chatProtocol);
                if (earlier != null) {
                    throw new IllegalStateException("Two chat protocols for provider type '" + type + "': "
                            + earlier.getClass().getName() + " and " + protocol.getClass().getName());
                }
            }
            protocol.defaultBaseUrl().ifPresent(url -> {
                ProviderUrl earlier = defaultBaseUrls.putIfAbsent(type, url);
                if (earlier != null && !earlier.equals(url)) {
                    throw new IllegalStateException("Provider type '" + type + "' has two usual base URLs: "
                            + earlier.value() + " and " + url.value());
                }
            });
        }
    }

    /**
     * The registered type a client names (case and surrounding space ignored).
     *
     * @throws InvalidValueException {@code type.invalid}, listing the registered types
     */
    public ProviderType known(String code) {
        ProviderType type = ProviderType.parse(code);
        if (!capabilities.containsKey(type.code())) {
            throw new InvalidValueException("type.invalid", "type must be one of " + codes() + ".");
        }
        return type;
    }

    public List<String> codes() {
        return List.copyOf(capabilities.keySet());
    }

    public Capabilities capabilitiesOf(ProviderType type) {
        return capabilities.getOrDefault(type.code(), Capabilities.of());
    }

    public Optional<ChatProtocol> chat(ProviderType type) {
        return Optional.ofNullable(chat.get(type));
    }

    public Optional<ProviderUrl> defaultBaseUrl(ProviderType type) {
        return Optional.ofNullable(defaultBaseUrls.get(type));
    }

    /** The hosts of the hosted APIs' usual base URLs: the allow-list when none is configured. */
    public List<String> defaultHosts() {
        return defaultBaseUrls.values().stream().map(ProviderUrl::host).distinct().sorted().toList();
    }

    @Override
    public List<ProviderTypeInfo> providerTypes() {
        return capabilities.entrySet().stream()
                .map(entry -> new ProviderType(entry.getKey()))
                .map(type -> new ProviderTypeInfo(type, capabilitiesOf(type), defaultBaseUrls.get(type)))
                .sorted(Comparator.comparing(info -> info.type().code()))
                .toList();
    }
}
