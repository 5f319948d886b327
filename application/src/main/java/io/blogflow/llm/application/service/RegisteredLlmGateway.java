package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.out.ChatProtocol;
import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.domain.Capability;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.domain.InvalidValueException;
import java.util.function.Consumer;

/**
 * The {@link LlmGateway} generation uses: each call goes to the chat protocol registered for its provider's type,
 * after the checks every protocol needs, so a new protocol cannot forget them. A type without a chat protocol (an
 * image-only type, or one whose module was removed) fails {@code bad-request} with nothing sent; a host that now
 * resolves where the URL policy refuses (DNS rebinding: it passed when the provider was saved) fails
 * {@code blocked-address} with nothing sent; a protocol that cannot stream answers a streamed call whole.
 */
public final class RegisteredLlmGateway implements LlmGateway {

    private final ProviderProtocols protocols;
    private final ProviderUrlPolicy urlPolicy;

    public RegisteredLlmGateway(ProviderProtocols protocols, ProviderUrlPolicy urlPolicy) {
        this.protocols = protocols;
        this.urlPolicy = urlPolicy;
    }

    @Override
    public LlmAnswer complete(LlmCall call) {
        return checked(call).gateway().complete(call);
    }

    @Override
    public LlmAnswer stream(LlmCall call, Consumer<String> tokens) {
        ChatProtocol protocol = checked(call);
        if (protocol.capabilities().has(Capability.STREAMING)) {
            return protocol.gateway().stream(call, tokens);
        }
        LlmAnswer whole = protocol.gateway().complete(call);
        tokens.accept(whole.text());
        return whole;
    }

    private ChatProtocol checked(LlmCall call) {
        ChatProtocol protocol = protocols.chat(call.type()).orElseThrow(() -> new ProviderCallFailure(
                ProviderCallFailure.Kind.BAD_REQUEST, null, "no-chat-protocol", null,
                call.type().code() + " providers do not speak a chat protocol; pick a chat model", null));
        try {
            urlPolicy.check(new ProviderUrl(call.baseUrl()));
        } catch (InvalidValueException refused) {
            throw new ProviderCallFailure(ProviderCallFailure.Kind.BLOCKED_ADDRESS, null, null, null, call.type().code()
                    + " call to " + call.baseUrl() + " not sent (" + refused.code() + "): " + refused.getMessage(), null);
        }
        return protocol;
    }
}
