package io.blogflow.llm.adapter.langchain4j.archfixture;

import io.blogflow.llm.adapter.crypto.AesGcmSecretCipher;

/** Deliberately broken: the LLM adapter using the crypto adapter (same context) instead of a port. */
public class GatewayReachingIntoCrypto {

    public AesGcmSecretCipher cipher;
}
