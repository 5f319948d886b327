package io.blogflow.llm.application.service;

import io.blogflow.llm.application.port.in.LlmProvidersUseCase;
import io.blogflow.llm.application.port.out.LlmModelRepository;
import io.blogflow.llm.application.port.out.LlmProviderRepository;
import io.blogflow.llm.application.port.out.SecretCipher;
import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.llm.domain.ProviderUrlPolicy;
import io.blogflow.llm.domain.SealedSecret;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.ConflictException;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class LlmProvidersService implements LlmProvidersUseCase {

    public static final int MAX_TOKEN_LENGTH = 4096;

    private final LlmProviderRepository providers;
    private final LlmModelRepository models;
    private final SecretCipher cipher;
    private final ProviderProtocols protocols;
    private final ProviderUrlPolicy urlPolicy;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final AuditTrail audit;

    public LlmProvidersService(LlmProviderRepository providers, LlmModelRepository models, SecretCipher cipher,
                               ProviderProtocols protocols, ProviderUrlPolicy urlPolicy, Transactions transactions,
                               IdGenerator ids, AuditTrail audit) {
        this.providers = providers;
        this.models = models;
        this.cipher = cipher;
        this.protocols = protocols;
        this.urlPolicy = urlPolicy;
        this.transactions = transactions;
        this.ids = ids;
        this.audit = audit;
    }

    /** What a sealed token is bound to: the provider it belongs to. */
    static byte[] associatedData(ProviderId id) {
        return ("llm-provider:" + id).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<LlmProvider> list() {
        return providers.allProviders();
    }

    @Override
    public LlmProvider get(ProviderId id) {
        return providers.findProvider(id).orElseThrow(() -> new NotFoundException("llm-provider", id.toString()));
    }

    @Override
    public LlmProvider create(UserId admin, ProviderValues values) {
        ProviderId id = new ProviderId(ids.newId());
        LlmProvider provider = valid(id, values, 0); // validates, resolves DNS: before the transaction
        return transactions.inTransaction(() -> {
            LlmProvider created = providers.add(provider);
            audit.record(admin, "llm-provider.created", "llm-provider", id, null, snapshot(created, false));
            return created;
        });
    }

    @Override
    public LlmProvider update(UserId admin, ProviderId id, long expectedVersion, ProviderValues values) {
        current(id, expectedVersion); // a missing or stale provider is refused before any DNS lookup
        LlmProvider checked = valid(id, values, expectedVersion);
        return transactions.inTransaction(() -> {
            LlmProvider current = current(id, expectedVersion);
            LlmProvider changed = values.authToken() == null ? withToken(checked, current.authToken()) : checked;
            LlmProvider saved = providers.update(changed);
            audit.record(admin, "llm-provider.updated", "llm-provider", id, snapshot(current, false),
                    snapshot(saved, values.authToken() != null));
            return saved;
        });
    }

    @Override
    public void delete(UserId admin, ProviderId id, long expectedVersion, boolean cascade) {
        transactions.inTransaction(() -> {
            LlmProvider doomed = current(id, expectedVersion);
            long count = models.countModelsOf(id);
            if (count > 0 && !cascade) {
                throw new ConflictException("llm-provider.has-models", "The provider still has " + count
                        + " model(s): delete them first, or delete with cascade=true.");
            }
            int removed = models.removeAllOf(id);
            providers.remove(doomed);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("modelsDeleted", removed);
            audit.record(admin, "llm-provider.deleted", "llm-provider", id, snapshot(doomed, false), after);
            return null;
        });
    }

    private LlmProvider current(ProviderId id, long expectedVersion) {
        LlmProvider current = get(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("llm-provider", current.version());
        }
        return current;
    }

    private LlmProvider valid(ProviderId id, ProviderValues values, long version) {
        var validation = new Validation();
        String name = validation.field("name", () -> LlmProvider.validName(values.name()));
        ProviderType type = validation.field("type", () -> protocols.known(values.type()));
        ProviderUrl url = validation.field("baseUrl", () -> urlPolicy.check(baseUrl(values.baseUrl(), type)));
        Duration connect = validation.field("connectTimeoutMillis", () -> LlmProvider.timeout("connectTimeoutMillis",
                millis(values.connectTimeoutMillis(), LlmProvider.DEFAULT_CONNECT_TIMEOUT)));
        Duration read = validation.field("readTimeoutMillis", () -> LlmProvider.timeout("readTimeoutMillis",
                millis(values.readTimeoutMillis(), LlmProvider.DEFAULT_READ_TIMEOUT)));
        String token = validation.field("authToken", () -> validToken(values.authToken()));
        validation.throwIfInvalid();
        SealedSecret sealed = token == null ? null : cipher.seal(token, associatedData(id));
        return new LlmProvider(id, name, type, url, sealed, connect, read,
                values.enabled() == null || values.enabled(), version);
    }

    /** The URL given, else the type's usual one (hosted APIs), else missing: invalid. */
    private ProviderUrl baseUrl(String given, ProviderType type) {
        if ((given == null || given.isBlank()) && type != null) {
            var usual = protocols.defaultBaseUrl(type);
            if (usual.isPresent()) {
                return usual.get();
            }
        }
        return new ProviderUrl(given);
    }

    private static String validToken(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String stripped = token.strip();
        if (stripped.length() > MAX_TOKEN_LENGTH || stripped.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidValueException("auth-token.invalid", "authToken must be at most " + MAX_TOKEN_LENGTH
                    + " printable ASCII characters without spaces.");
        }
        return stripped;
    }

    private static Duration millis(Integer millis, Duration fallback) {
        return millis == null ? fallback : Duration.ofMillis(millis);
    }

    private static LlmProvider withToken(LlmProvider provider, SealedSecret token) {
        return new LlmProvider(provider.id(), provider.name(), provider.type(), provider.baseUrl(), token,
                provider.connectTimeout(), provider.readTimeout(), provider.enabled(), provider.version());
    }

    /** Never the token, sealed or not: only whether there is one, and whether this change set a new one. */
    private static Map<String, Object> snapshot(LlmProvider provider, boolean tokenReplaced) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("name", provider.name());
        snapshot.put("type", provider.type().code());
        snapshot.put("baseUrl", provider.baseUrl().value());
        snapshot.put("hasAuthToken", provider.hasAuthToken());
        snapshot.put("connectTimeoutMillis", provider.connectTimeout().toMillis());
        snapshot.put("readTimeoutMillis", provider.readTimeout().toMillis());
        snapshot.put("enabled", provider.enabled());
        if (tokenReplaced) {
            snapshot.put("authTokenReplaced", true);
        }
        return snapshot;
    }
}
