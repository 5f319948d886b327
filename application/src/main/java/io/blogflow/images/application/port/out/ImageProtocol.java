package io.blogflow.images.application.port.out;

import io.blogflow.llm.domain.ProviderProtocol;

/**
 * The image SPI: an adapter module contributes one bean per text-to-image protocol it speaks, for providers of its
 * {@link #type()} (an {@code openai} provider serves chat and images at one base URL). Its capabilities include
 * {@code IMAGES}; bootstrap discovers every protocol, so the provider types, the image catalogue's protocol names and
 * their documentation come from what is registered.
 */
public interface ImageProtocol extends ProviderProtocol {

    /** How the image catalogue names the protocol (prompt examples are tagged with it): {@code openai-images}. */
    String protocolName();

    /**
     * The generator speaking it: one classified attempt per call; the registry re-checks the host before handing it
     * a call.
     */
    ImageGenerator generator();
}
