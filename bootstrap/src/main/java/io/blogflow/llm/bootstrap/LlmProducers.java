package io.blogflow.llm.bootstrap;

import io.blogflow.llm.adapter.crypto.AesGcmSecretCipher;
import io.blogflow.llm.application.port.in.AddPromptVersionUseCase;
import io.blogflow.llm.application.port.in.CreatePromptUseCase;
import io.blogflow.llm.application.port.in.LlmModelsUseCase;
import io.blogflow.llm.application.port.in.LlmProvidersUseCase;
import io.blogflow.llm.application.port.in.PromptLabelsUseCase;
import io.blogflow.llm.application.port.in.PromptQueriesUseCase;
import io.blogflow.llm.application.port.in.ResolvePromptUseCase;
import io.blogflow.llm.application.port.out.LlmModelRepository;
import io.blogflow.llm.application.port.out.LlmProviderRepository;
import io.blogflow.llm.application.port.out.PromptRepository;
import io.blogflow.llm.application.port.out.PromptVocabulary;
import io.blogflow.llm.application.port.out.SecretCipher;
import io.blogflow.llm.application.service.LlmModelsService;
import io.blogflow.llm.application.service.LlmProvidersService;
import io.blogflow.llm.application.service.PromptsService;
import io.blogflow.llm.application.service.ProviderProtocols;
import io.blogflow.llm.domain.AllowedHosts;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.HostResolver;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import io.quarkus.arc.All;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** Builds the llm context's framework-free services, its cipher and its SSRF policy from configuration. */
@Singleton
public class LlmProducers {

    static final String KEY_VARIABLE = "BLOGFLOW_LLM_ENCRYPTION_KEY";

    /** A missing or malformed key stops the start, not the first provider save. */
    void checkConfiguration(@Observes StartupEvent started, BlogflowConfig config) {
        encryptionKey(config.llm().encryptionKey());
        config.llm().allowedHosts().ifPresent(AllowedHosts::parse);
    }

    @Produces
    @Singleton
    SecretCipher secretCipher(BlogflowConfig config) {
        return new AesGcmSecretCipher(encryptionKey(config.llm().encryptionKey()));
    }

    /** The JDK's resolver (honours the JVM's DNS cache settings); literals come back as themselves. */
    @Produces
    @Singleton
    HostResolver hostResolver() {
        return host -> {
            try {
                return List.of(InetAddress.getAllByName(host));
            } catch (UnknownHostException e) {
                return List.of();
            }
        };
    }

    @Produces
    @Singleton
    ProviderUrlPolicy providerUrlPolicy(BlogflowConfig config, HostResolver resolver, ProviderProtocols protocols) {
        AllowedHosts allowed = config.llm().allowedHosts().map(AllowedHosts::parse)
                .orElseGet(() -> new AllowedHosts(protocols.defaultHosts()));
        return new ProviderUrlPolicy(allowed, config.llm().allowPrivateNetworks(), resolver::resolve);
    }

    @Produces
    @Singleton
    LlmProvidersUseCase llmProviders(LlmProviderRepository providers, LlmModelRepository models, SecretCipher cipher,
                                     ProviderProtocols protocols, ProviderUrlPolicy urlPolicy,
                                     Transactions transactions, IdGenerator ids, AuditTrail audit) {
        return new LlmProvidersService(providers, models, cipher, protocols, urlPolicy, transactions, ids, audit);
    }

    @Produces
    @Singleton
    LlmModelsUseCase llmModels(LlmProviderRepository providers, LlmModelRepository models, Transactions transactions,
                               IdGenerator ids, AuditTrail audit) {
        return new LlmModelsService(providers, models, transactions, ids, audit);
    }

    /**
     * Reading, creating, versioning and labelling prompts, and resolving them for runs: one service. A placeholder is known when any
     * context that fills prompts in knows it (the workflow's field registry, the comments' moderation check).
     */
    @Produces
    @Singleton
    @Typed({PromptQueriesUseCase.class, CreatePromptUseCase.class, AddPromptVersionUseCase.class,
            PromptLabelsUseCase.class, ResolvePromptUseCase.class})
    PromptsService prompts(PromptRepository prompts, @All List<PromptVocabulary> vocabularies,
                           Transactions transactions, IdGenerator ids, Clock clock, AuditTrail audit) {
        PromptVocabulary vocabulary = placeholder -> vocabularies.stream().anyMatch(known -> known.knows(placeholder));
        return new PromptsService(prompts, vocabulary, transactions, ids, clock, audit);
    }

    static byte[] encryptionKey(java.util.Optional<String> configured) {
        String encoded = configured.filter(key -> !key.isBlank()).orElseThrow(() ->
                new IllegalStateException("No encryption key for LLM provider tokens: set " + KEY_VARIABLE
                        + " to 32 random bytes in base64 (e.g. openssl rand -base64 32)."));
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY_VARIABLE + " must be base64 (e.g. openssl rand -base64 32).");
        }
        if (key.length != AesGcmSecretCipher.KEY_BYTES) {
            Arrays.fill(key, (byte) 0);
            throw new IllegalStateException(KEY_VARIABLE + " must decode to " + AesGcmSecretCipher.KEY_BYTES
                    + " bytes (AES-256), not " + key.length + ".");
        }
        return key;
    }
}
