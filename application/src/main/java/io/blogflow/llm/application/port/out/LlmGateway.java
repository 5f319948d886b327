package io.blogflow.llm.application.port.out;

import io.blogflow.shared.application.port.out.ProviderCallFailure;
import java.util.function.Consumer;

/**
 * One call to a provider's chat API, in the protocol its type speaks. A call is one attempt: retries, fallbacks and
 * circuit breaking are the caller's, so every attempt can be logged. Before connecting, an implementation re-checks
 * where the provider's host resolves now (a name that passed the SSRF check when saved may point elsewhere later).
 */
public interface LlmGateway {

    /** @throws ProviderCallFailure for every way the call can fail, classified */
    LlmAnswer complete(LlmCall call);

    /**
     * Streams the answer: {@code tokens} receives each piece of text as the provider sends it, on the calling
     * thread's behalf, before this returns the whole answer.
     *
     * @throws ProviderCallFailure for every way the call can fail, classified (pieces already streamed stay streamed)
     */
    LlmAnswer stream(LlmCall call, Consumer<String> tokens);
}
