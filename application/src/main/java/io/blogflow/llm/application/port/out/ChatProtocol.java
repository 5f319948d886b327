package io.blogflow.llm.application.port.out;

import io.blogflow.llm.domain.ProviderProtocol;

/**
 * The chat SPI: an adapter module contributes one bean per chat protocol it speaks (bootstrap discovers them all), and
 * providers of its {@link #type()} are then registered, validated, documented and called through it. Nothing else
 * names the protocol. Its capabilities include {@code CHAT}, and {@code STREAMING} when {@link LlmGateway#stream}
 * really streams (without it, a streamed request is answered whole, as one piece).
 */
public interface ChatProtocol extends ProviderProtocol {

    /**
     * The gateway speaking the protocol. It makes one classified attempt per call, and need not re-check the host:
     * the registry does that before handing it a call.
     */
    LlmGateway gateway();
}
