package io.blogflow.llm.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.llm.application.port.in.Generation;
import io.blogflow.llm.application.port.in.GenerationListener;
import io.blogflow.llm.application.port.in.GenerationRequest;
import io.blogflow.llm.application.port.out.InteractionRepository;
import io.blogflow.llm.application.port.out.LlmAnswer;
import io.blogflow.llm.application.port.out.LlmCall;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.application.port.out.ProviderCallFailure.Kind;
import io.blogflow.llm.application.port.out.LlmGateway;
import io.blogflow.llm.application.port.out.LlmModelRepository;
import io.blogflow.llm.application.port.out.LlmProviderRepository;
import io.blogflow.llm.application.port.out.ProviderCircuitBreakers;
import io.blogflow.llm.application.port.out.SecretCipher;
import io.blogflow.llm.application.port.out.UsageMeter;
import io.blogflow.shared.domain.QuotaExceededException;
import io.blogflow.llm.domain.Interaction;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.llm.domain.SealedSecret;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class GenerateTextServiceTest {

    private static final UserId ACTOR = new UserId(UUID.randomUUID());

    private final Map<ModelId, LlmModel> models = new HashMap<>();
    private final Map<ProviderId, LlmProvider> providers = new HashMap<>();
    private final Deque<Object> script = new ArrayDeque<>();
    private final List<LlmCall> calls = new ArrayList<>();
    private final List<Interaction> log = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final List<String> metered = new ArrayList<>();
    private final List<String> reserved = new ArrayList<>();
    private final RecordingBreakers breakers = new RecordingBreakers();
    private boolean quotaLeft = true;

    private final LlmProvider openai = provider("openai", "s3cret");
    private final LlmProvider ollama = provider("ollama", null);
    private final LlmModel primary = model(openai, "gpt-4o-mini", "0.15", "0.60");
    private final LlmModel backup = model(ollama, "llama3.1:8b", "0", "0");

    private final GenerateTextService service = new GenerateTextService(
            new ModelTargets(models(), providers(), cipher()), gateway(), breakers,
            new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30), () -> 1.0),
            pauses::add, meter(), interactions(), transactions(), UUID::randomUUID,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aSuccessfulCallIsLoggedWithTokensCostAndTheExactCallSent() {
        script.add(new LlmAnswer("Ten ideas", 1_000, 500, "stop", 200, null));

        Generation generation = service.generate(request(null), GenerationListener.NONE);

        assertThat(generation.succeeded()).isTrue();
        assertThat(generation.text()).isEqualTo("Ten ideas");
        assertThat(generation.cost()).isEqualByComparingTo("0.00045");
        LlmCall call = calls.get(0);
        assertThat(call.model()).isEqualTo("gpt-4o-mini");
        assertThat(call.authToken()).isEqualTo("s3cret");
        assertThat(call.userPrompt()).isEqualTo("Write about {{nothing}}");
        assertThat(call.temperature()).isEqualTo(0.3);
        assertThat(call.maxTokens()).isEqualTo(400);
        assertThat(call.toString()).doesNotContain("s3cret");
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.attempt()).isEqualTo(1);
            assertThat(entry.promptName()).isEqualTo("ideas");
            assertThat(entry.promptVersion()).isEqualTo(2);
            assertThat(entry.providerName()).isEqualTo("openai");
            assertThat(entry.inputTokens()).isEqualTo(1_000);
            assertThat(entry.httpStatus()).isEqualTo(200);
        });
        assertThat(metered).containsExactly("gpt-4o-mini 1000/500 0.00045000");
    }

    @Test
    void whatTheRequestLeavesOpenComesFromEachModelsDefaultParams() {
        models.put(primary.id(), new LlmModel(primary.id(), primary.provider(), primary.name(), null, null, null,
                Map.of("temperature", 0.7, "maxTokens", 900), BigDecimal.ONE, BigDecimal.ONE, true, 1));
        script.add(new LlmAnswer("Ten ideas", 10, 5, "stop", 200, null));
        script.add(new LlmAnswer("Ten ideas", 10, 5, "stop", 200, null));
        GenerationRequest open = request(null);
        open = new GenerationRequest(UUID.randomUUID(), open.actor(), open.promptName(), open.promptVersion(),
                open.systemPrompt(), open.input(), open.model(), null, null, null, open.timeout(), false);

        service.generate(open, GenerationListener.NONE);
        service.generate(request(null), GenerationListener.NONE);

        assertThat(calls.get(0).temperature()).isEqualTo(0.7);
        assertThat(calls.get(0).maxTokens()).isEqualTo(900);
        assertThat(calls.get(1).temperature()).isEqualTo(0.3);
        assertThat(calls.get(1).maxTokens()).isEqualTo(400);
    }

    @Test
    void retryableFailuresAreRetriedWithBackoffHonouringRetryAfter() {
        script.add(failure(Kind.RATE_LIMITED, 429, Duration.ofSeconds(7)));
        script.add(failure(Kind.SERVER_ERROR, 500, null));
        script.add(new LlmAnswer("At last", 10, 2, "stop", 200, null));

        Generation generation = service.generate(request(null), GenerationListener.NONE);

        assertThat(generation.succeeded()).isTrue();
        assertThat(pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(1));
        assertThat(log).extracting(Interaction::attempt).containsExactly(1, 2, 3);
        assertThat(log).extracting(Interaction::errorType).containsExactly("rate-limited", "server-error", null);
        assertThat(log.get(0).httpStatus()).isEqualTo(429);
    }

    @Test
    void aRefusalIsNotRetriedAndTheFallbackModelAnswers() {
        script.add(failure(Kind.AUTHENTICATION, 401, null));
        script.add(new LlmAnswer("From the fallback", 3, 4, "stop", 200, null));

        Generation generation = service.generate(request(backup.id()), GenerationListener.NONE);

        assertThat(generation.succeeded()).isTrue();
        assertThat(pauses).isEmpty();
        assertThat(calls).extracting(LlmCall::model).containsExactly("gpt-4o-mini", "llama3.1:8b");
        assertThat(calls.get(1).authToken()).isNull();
        assertThat(log).extracting(Interaction::fallback).containsExactly(false, true);
    }

    @Test
    void whenEverythingFailsTheGenerationSaysWhyAndLogsEveryAttempt() {
        for (int i = 0; i < 3; i++) {
            script.add(failure(Kind.TIMEOUT, null, null));
        }

        Generation generation = service.generate(request(null), GenerationListener.NONE);

        assertThat(generation.succeeded()).isFalse();
        assertThat(generation.last().errorType()).isEqualTo("timeout");
        assertThat(log).hasSize(3);
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterLongerThanTheLimitIsNotWaitedForButTheFallbackIsTried() {
        script.add(failure(Kind.RATE_LIMITED, 429, Duration.ofMinutes(5)));
        script.add(new LlmAnswer("Fallback", 1, 1, "stop", 200, null));

        Generation generation = service.generate(request(backup.id()), GenerationListener.NONE);

        assertThat(pauses).isEmpty();
        assertThat(generation.succeeded()).isTrue();
        assertThat(generation.last().modelName()).isEqualTo("llama3.1:8b");
    }

    @Test
    void anOpenCircuitSkipsTheProviderWithoutCallingIt() {
        breakers.open.add(openai.id());
        script.add(new LlmAnswer("Fallback", 1, 1, "stop", 200, null));

        Generation generation = service.generate(request(backup.id()), GenerationListener.NONE);

        assertThat(calls).extracting(LlmCall::model).containsExactly("llama3.1:8b");
        assertThat(generation.attempts().get(0).errorType()).isEqualTo("circuit-open");
        assertThat(generation.succeeded()).isTrue();
    }

    @Test
    void onlyFailuresThatSayTheProviderIsUnwellCountAgainstItsCircuit() {
        script.add(failure(Kind.SERVER_ERROR, 503, null));
        script.add(failure(Kind.AUTHENTICATION, 401, null));
        script.add(new LlmAnswer("Fallback", 1, 1, "stop", 200, null));

        service.generate(request(backup.id()), GenerationListener.NONE);

        assertThat(breakers.events).containsExactly("failed " + openai.name(), "answered " + openai.name(),
                "answered " + ollama.name());
    }

    @Test
    void aDisabledModelGoesStraightToTheFallback() {
        models.put(primary.id(), new LlmModel(primary.id(), primary.provider(), primary.name(), null, null, null,
                Map.of(), BigDecimal.ONE, BigDecimal.ONE, false, 1));
        script.add(new LlmAnswer("Fallback", 1, 1, "stop", 200, null));

        Generation generation = service.generate(request(backup.id()), GenerationListener.NONE);

        assertThat(generation.attempts().get(0).errorType()).isEqualTo("model-unavailable");
        assertThat(generation.succeeded()).isTrue();
    }

    @Test
    void aStreamingListenerHearsEachAttemptAndEachPiece() {
        script.add(failure(Kind.CONNECTION, null, null));
        script.add(new LlmAnswer("Hello world", 1, 2, "stop", 200, Duration.ofMillis(40)));
        List<String> heard = new ArrayList<>();

        Generation generation = service.generate(streamed(), new GenerationListener() {
            @Override
            public void attemptStarted(int attempt, String modelName) {
                heard.add("attempt " + attempt);
            }

            @Override
            public void token(String text) {
                heard.add(text);
            }
        });

        assertThat(heard).containsExactly("attempt 1", "attempt 2", "Hello", " world");
        assertThat(generation.last().timeToFirstTokenMillis()).isEqualTo(40L);
        assertThat(generation.last().streamed()).isTrue();
    }

    @Test
    void anExhaustedQuotaRefusesBeforeAnythingIsSent() {
        quotaLeft = false;

        assertThatThrownBy(() -> service.generate(request(null), GenerationListener.NONE))
                .isInstanceOf(QuotaExceededException.class);
        assertThat(calls).isEmpty();
        assertThat(log).isEmpty();
    }

    private GenerationRequest request(ModelId fallback) {
        return new GenerationRequest(UUID.randomUUID(), ACTOR, "ideas", 2, "You are an editor.",
                "Write about {{nothing}}", primary.id(), fallback, 0.3, 400, Duration.ofSeconds(30), false);
    }

    private GenerationRequest streamed() {
        var plain = request(null);
        return new GenerationRequest(plain.traceId(), ACTOR, "ideas", 2, null, "Say hello", primary.id(), null,
                null, null, Duration.ofSeconds(30), true);
    }

    private static ProviderCallFailure failure(Kind kind, Integer status, Duration retryAfter) {
        return new ProviderCallFailure(kind, status, null, retryAfter, kind.code(), null);
    }

    private LlmProvider provider(String name, String token) {
        var id = new ProviderId(UUID.randomUUID());
        var provider = new LlmProvider(id, name, ProviderType.parse(name), new ProviderUrl("http://127.0.0.1:1"),
                token == null ? null : new SealedSecret(token.getBytes(StandardCharsets.UTF_8)),
                Duration.ofSeconds(5), Duration.ofSeconds(30), true, 0);
        providers.put(id, provider);
        return provider;
    }

    private LlmModel model(LlmProvider provider, String name, String in, String out) {
        var model = new LlmModel(new ModelId(UUID.randomUUID()), provider.id(), name, null, null, null, Map.of(),
                new BigDecimal(in), new BigDecimal(out), true, 0);
        models.put(model.id(), model);
        return model;
    }

    private LlmGateway gateway() {
        return new LlmGateway() {
            @Override
            public LlmAnswer complete(LlmCall call) {
                calls.add(call);
                Object next = script.remove();
                if (next instanceof ProviderCallFailure failure) {
                    throw failure;
                }
                return (LlmAnswer) next;
            }

            @Override
            public LlmAnswer stream(LlmCall call, Consumer<String> tokens) {
                LlmAnswer answer = complete(call);
                for (String piece : answer.text().split("(?= )")) {
                    tokens.accept(piece);
                }
                return answer;
            }
        };
    }

    private UsageMeter meter() {
        return (actor, reference, estimate) -> {
            if (!quotaLeft) {
                throw new QuotaExceededException("llm_tokens", 1000, 1000, null, "/api/v1/billing/plans");
            }
            reserved.add(reference + " " + estimate.tokens());
            return new UsageMeter.MeteredGeneration() {
                @Override
                public void commit(String modelName, long in, long out, BigDecimal cost) {
                    metered.add(modelName + " " + in + "/" + out + " " + cost);
                }

                @Override
                public void release() {
                    metered.add("released");
                }
            };
        };
    }

    private InteractionRepository interactions() {
        return new InteractionRepository() {
            @Override
            public void add(Interaction interaction) {
                log.add(interaction);
            }

            @Override
            public List<Interaction> ofTrace(UUID traceId) {
                return log.stream().filter(i -> i.traceId().equals(traceId)).toList();
            }

            @Override
            public io.blogflow.shared.domain.Page<Interaction> find(Filter filter,
                                                                   io.blogflow.shared.domain.PageRequest page) {
                throw new UnsupportedOperationException("not used by generation");
            }

            @Override
            public List<io.blogflow.llm.domain.ModelUsage> usage(Instant from, Instant to) {
                throw new UnsupportedOperationException("not used by generation");
            }
        };
    }

    private static Transactions transactions() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }

    private static SecretCipher cipher() {
        return new SecretCipher() {
            @Override
            public SealedSecret seal(String plaintext, byte[] associatedData) {
                return new SealedSecret(plaintext.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String open(SealedSecret sealed, byte[] associatedData) {
                return new String(sealed.bytes(), StandardCharsets.UTF_8);
            }
        };
    }

    private LlmModelRepository models() {
        return new LlmModelRepository() {
            public LlmModel add(LlmModel model) {
                throw new UnsupportedOperationException();
            }

            public LlmModel update(LlmModel model) {
                throw new UnsupportedOperationException();
            }

            public void remove(LlmModel model) {
                throw new UnsupportedOperationException();
            }

            public Optional<LlmModel> findModel(ModelId id) {
                return Optional.ofNullable(models.get(id));
            }

            public List<LlmModel> modelsOf(ProviderId provider) {
                return List.of();
            }

            public long countModelsOf(ProviderId provider) {
                return 0;
            }

            public int removeAllOf(ProviderId provider) {
                return 0;
            }
        };
    }

    private LlmProviderRepository providers() {
        return new LlmProviderRepository() {
            public LlmProvider add(LlmProvider provider) {
                throw new UnsupportedOperationException();
            }

            public LlmProvider update(LlmProvider provider) {
                throw new UnsupportedOperationException();
            }

            public void remove(LlmProvider provider) {
                throw new UnsupportedOperationException();
            }

            public Optional<LlmProvider> findProvider(ProviderId id) {
                return Optional.ofNullable(providers.get(id));
            }

            public List<LlmProvider> allProviders() {
                return List.copyOf(providers.values());
            }
        };
    }

    /** The breakers' state is the adapter's (InMemoryCircuitBreakers): here a provider is open when the test says so. */
    private final class RecordingBreakers implements ProviderCircuitBreakers {

        final Set<ProviderId> open = new HashSet<>();
        final List<String> events = new ArrayList<>();

        @Override
        public boolean allowsCall(ProviderId provider, Instant now) {
            return !open.contains(provider);
        }

        @Override
        public void answered(ProviderId provider) {
            events.add("answered " + providers.get(provider).name());
        }

        @Override
        public void failed(ProviderId provider, Instant now) {
            events.add("failed " + providers.get(provider).name());
        }
    }
}
