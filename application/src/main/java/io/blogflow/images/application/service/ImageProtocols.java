package io.blogflow.images.application.service;

import io.blogflow.images.application.port.in.ImageProtocolsUseCase;
import io.blogflow.images.application.port.out.GeneratedImage;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.images.application.port.out.ImageProtocol;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.domain.InvalidValueException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry of image protocols, built once from every one the adapter modules contribute: which provider types
 * generate images, the catalogue's protocol names, and the {@link ImageGenerator} generation uses. Two protocols for
 * one provider type, or one name used twice, are a wiring mistake: refused at start-up.
 */
public final class ImageProtocols implements ImageProtocolsUseCase {

    private final Map<ProviderType, ImageProtocol> byType = new HashMap<>();
    private final Map<String, ImageProtocol> byName = new TreeMap<>();

    public ImageProtocols(Collection<? extends ImageProtocol> protocols) {
        for (ImageProtocol protocol : protocols) {
            ImageProtocol sameType = byType.putIfAbsent(protocol.type(), protocol);
            ImageProtocol sameName = byName.putIfAbsent(protocol.protocolName(), protocol);
            if (sameType != null || sameName != null) {
                ImageProtocol earlier = sameType != null ? sameType : sameName;
                throw new IllegalStateException("Two image protocols for provider type '" + protocol.type()
                        + "' or name '" + protocol.protocolName() + "': " + earlier.getClass().getName() + " and "
                        + protocol.getClass().getName());
            }
        }
    }

    /** Whether providers of the type can generate images. */
    public boolean generatesImages(ProviderType type) {
        return byType.containsKey(type);
    }

    /** The provider types that generate images, by code (for messages). */
    public List<String> imageProviderTypes() {
        return byType.keySet().stream().map(ProviderType::code).sorted().toList();
    }

    /**
     * A catalogue protocol name as a client sends it; {@code null} stays unset.
     *
     * @throws InvalidValueException {@code provider-type.invalid}, listing the registered names
     */
    public String knownName(String name) {
        if (name == null) {
            return null;
        }
        if (!byName.containsKey(name)) {
            throw new InvalidValueException("provider-type.invalid", "providerType must be one of "
                    + protocolNames() + ".");
        }
        return name;
    }

    @Override
    public List<String> protocolNames() {
        return List.copyOf(byName.keySet());
    }

    /**
     * The generator image generation uses: each call goes to the protocol of its provider's type, after the checks
     * every protocol needs. A type without an image protocol fails {@code bad-request} with nothing sent; a host that
     * now resolves where the URL policy refuses (DNS rebinding) fails {@code blocked-address} with nothing sent.
     */
    public ImageGenerator generator(ProviderUrlPolicy urlPolicy) {
        return new ImageGenerator() {
            @Override
            public GeneratedImage generate(ImageGenerationCall call) {
                ImageProtocol protocol = Optional.ofNullable(byType.get(call.type())).orElseThrow(() ->
                        new ProviderCallFailure(ProviderCallFailure.Kind.BAD_REQUEST, null, "no-image-protocol", null,
                                call.type().code() + " providers cannot generate images", null));
                try {
                    urlPolicy.check(new ProviderUrl(call.baseUrl()));
                } catch (InvalidValueException refused) {
                    throw new ProviderCallFailure(ProviderCallFailure.Kind.BLOCKED_ADDRESS, null, null, null,
                            call.type().code() + " image call to " + call.baseUrl() + " (model " + call.model()
                                    + ") not sent (" + refused.code() + "): " + refused.getMessage(), null);
                }
                return protocol.generator().generate(call);
            }
        };
    }
}
