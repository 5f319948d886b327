package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.in.GenerationRequest;
import io.blogflow.llm.application.port.in.ResolveModelUseCase;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.llm.application.port.out.LlmModelRepository;
import io.blogflow.llm.application.port.out.LlmProviderRepository;
import io.blogflow.llm.application.port.out.SecretCipher;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ModelId;
import java.util.Optional;

/** Finds where a model is served and turns a generation request into the call that provider expects. */
public final class ModelTargets implements ResolveModelUseCase {

    private final LlmModelRepository models;
    private final LlmProviderRepository providers;
    private final SecretCipher cipher;

    public ModelTargets(LlmModelRepository models, LlmProviderRepository providers, SecretCipher cipher) {
        this.models = models;
        this.providers = providers;
        this.cipher = cipher;
    }

    @Override
    public Optional<ModelTarget> resolve(ModelId id) {
        return models.findModel(id).filter(LlmModel::enabled)
                .flatMap(model -> providers.findProvider(model.provider()).filter(LlmProvider::enabled)
                        .map(provider -> new ModelTarget(model, provider)));
    }

    @Override
    public String openToken(LlmProvider provider) {
        return provider.authToken() == null ? null
                : cipher.open(provider.authToken(), LlmProvidersService.associatedData(provider.id()));
    }

    /**
     * The token is opened per call and never kept: it lives only as long as the call. Parameters the request leaves
     * open come from the model's {@code defaultParams} (so a fallback model brings its own).
     */
    public LlmCall call(ModelTarget target, GenerationRequest request) {
        LlmProvider provider = target.provider();
        LlmModel model = target.model();
        String token = openToken(provider);
        return new LlmCall(provider.type(), provider.baseUrl().value(), token, provider.connectTimeout(),
                request.timeout(), model.name(), request.systemPrompt(), request.input(),
                request.temperature() != null ? request.temperature() : model.defaultTemperature(),
                request.maxTokens() != null ? request.maxTokens() : model.defaultMaxTokens());
    }
}
