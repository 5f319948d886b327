package io.blogflow.images.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.images.application.port.in.GenerateImageUseCase.Command;
import io.blogflow.images.application.port.in.GenerateImageUseCase.Outcome;
import io.blogflow.images.application.port.in.ImageCatalogUseCase;
import io.blogflow.images.application.port.out.GeneratedImage;
import io.blogflow.images.application.port.out.GeneratedMediaSink;
import io.blogflow.images.application.port.out.GenerationMeter;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.images.application.port.out.ImageProtocol;
import io.blogflow.images.application.port.out.InMemoryImageGenerationRepository;
import io.blogflow.images.application.port.out.InMemorySectionMediaRepository;
import io.blogflow.images.domain.ImageFormat;
import io.blogflow.images.domain.ImageFormatId;
import io.blogflow.images.domain.ImageGeneration;
import io.blogflow.images.domain.ImageSetting;
import io.blogflow.images.domain.ImageSettingId;
import io.blogflow.images.domain.ImageStyle;
import io.blogflow.images.domain.ImageStyleId;
import io.blogflow.images.domain.MediaErrors;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.MediaType;
import io.blogflow.llm.application.port.in.ResolveModelUseCase;
import io.blogflow.llm.domain.Capabilities;
import io.blogflow.llm.domain.Capability;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.shared.application.MutableClock;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.QuotaExceededException;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.ValidationException;
import io.blogflow.workflow.application.port.out.InMemoryEditorialPosts;
import io.blogflow.workflow.application.port.out.InMemoryEditorialWorkspaceRepository;
import io.blogflow.workflow.application.service.EditorialWorkspaceService;
import io.blogflow.workflow.domain.run.RunErrors;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import io.blogflow.workflow.application.service.HoldSectionService;
import io.blogflow.workflow.domain.PostSection;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A generation against the in-memory generation repository and workspace, the real request resolution and a
 * scripted provider, meter and media library: what is sent, what is recorded, and what is paid for or released.
 */
class GenerateImageServiceTest {

    private static final Actor AUTHOR = new Actor(new UserId(UUID.randomUUID()), false, false);
    private static final Actor STRANGER = new Actor(new UserId(UUID.randomUUID()), false, false);

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final Transactions transactions = new InMemoryTransactions();
    private final InMemoryEditorialPosts posts = new InMemoryEditorialPosts();
    private final InMemoryEditorialWorkspaceRepository storedWorkspaces = new InMemoryEditorialWorkspaceRepository();
    private final EditorialWorkspaceService workspaces = new EditorialWorkspaceService(posts, storedWorkspaces,
            transactions, UUID::randomUUID);
    private final Catalogue<ImageStyle> styles = new Catalogue<>(style -> style.id().value());
    private final Catalogue<ImageFormat> formats = new Catalogue<>(format -> format.id().value());
    private final Catalogue<ImageSetting> settings = new Catalogue<>(setting -> setting.id().value());
    private final Models models = new Models();
    private final ScriptedProvider provider = new ScriptedProvider();
    private final Library library = new Library();
    private final Meter meter = new Meter();
    private final InMemoryImageGenerationRepository generations = new InMemoryImageGenerationRepository();
    private final InMemorySectionMediaRepository sectionImages = new InMemorySectionMediaRepository();
    private final GenerateImageService service = new GenerateImageService(
            new ImageRequests(workspaces, styles, formats, settings, models, new ImageProtocols(List.of(imageProtocol()))),
            models, provider, library, meter, generations, sectionImages, workspaces,
            new HoldSectionService(storedWorkspaces, transactions), transactions, UUID::randomUUID,
            new io.blogflow.shared.application.NoJobs(),
            new ImageNotices(notice -> { }), clock);

    private final LlmProvider openai = provider("openai", "openai");
    private final LlmProvider ollama = provider("ollama", "ollama");
    private final LlmModel gptImage = models.add(openai, "gpt-image-1");
    private final LlmModel llama = models.add(ollama, "llama3.1");
    private final ImageStyle watercolour = styles.add(new ImageStyle(new ImageStyleId(UUID.randomUUID()),
            "Watercolour", "soft watercolour wash", 0));
    private final ImageFormat square = formats.add(new ImageFormat(new ImageFormatId(UUID.randomUUID()), "Square",
            1024, 1024, 30, 7.5, Map.of("quality", "high", "background", "opaque"), 0));
    private PostId post;

    @BeforeEach
    void aPost() {
        post = posts.add(AUTHOR.id(), Map.of("title", "Bread"));
    }

    @Test
    void aGeneratedImageIsStoredAsMediaWithWhereItCameFromAndItsCostIsCommitted() {
        provider.answer("A fox on a loaf", Duration.ofSeconds(12), 50, 4_000);

        Outcome outcome = service.generate(new Command(post, null, AUTHOR, "  A fox  ", null, watercolour.id().value(),
                square.id().value(), gptImage.id().value(), "A fox, painted", "key-1"));

        ImageGenerationCall call = provider.calls.get(0);
        assertThat(call.prompt()).isEqualTo("A fox, soft watercolour wash");
        assertThat(call.model()).isEqualTo("gpt-image-1");
        assertThat(call.authToken()).isEqualTo("token of openai");
        assertThat(call.baseUrl()).isEqualTo("https://openai.example/v1");
        assertThat(call.width()).isEqualTo(1024);
        assertThat(call.steps()).isEqualTo(30);
        assertThat(call.extraSettings()).containsEntry("quality", "high");
        ImageGeneration generation = outcome.generation();
        assertThat(outcome.replayed()).isFalse();
        assertThat(generation.status()).isEqualTo(ImageGeneration.Status.SUCCEEDED);
        assertThat(generation.prompt()).isEqualTo("A fox");
        assertThat(generation.revisedPrompt()).isEqualTo("A fox on a loaf");
        assertThat(generation.media()).isEqualTo(library.stored.get(0).id());
        assertThat(generation.latencyMillis()).isEqualTo(12_000);
        assertThat(generation.createdAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(generation.finishedAt()).isEqualTo(Instant.parse("2026-11-23T10:00:12Z"));
        assertThat(generations.find(post.value(), generation.id())).contains(generation);
        Library.Stored stored = library.stored.get(0);
        assertThat(stored.prompt()).isEqualTo("A fox");
        assertThat(stored.altText()).isEqualTo("A fox, painted");
        assertThat(stored.metadata()).containsEntry("generationId", generation.id().toString())
                .containsEntry("provider", "openai").containsEntry("model", "gpt-image-1")
                .containsEntry("format", "Square").containsEntry("style", "Watercolour")
                .containsEntry("revisedPrompt", "A fox on a loaf");
        assertThat(meter.events).containsExactly("reserve generation:" + generation.id(),
                "commit 50/4000 0.04050000");
    }

    @Test
    void aSettingBringsItsStyleAndFormatAndOverridesTheFormatsExtraSettings() {
        ImageSetting hero = settings.add(new ImageSetting(new ImageSettingId(UUID.randomUUID()), "Hero",
                watercolour.id(), square.id(), Map.of("quality", "medium"), 0));
        provider.answer(null, Duration.ofSeconds(1), null, null);

        ImageGeneration generation = service.generate(new Command(post, null, AUTHOR, "A fox", hero.id().value(),
                null, null, gptImage.id().value(), null, null)).generation();

        assertThat(provider.calls.get(0).prompt()).isEqualTo("A fox, soft watercolour wash");
        assertThat(provider.calls.get(0).extraSettings()).containsEntry("quality", "medium")
                .containsEntry("background", "opaque");
        assertThat(generation.settingId()).isEqualTo(hero.id().value());
        assertThat(library.stored.get(0).metadata()).containsEntry("setting", "Hero")
                .doesNotContainKey("revisedPrompt");
        assertThat(meter.events).last().asString().startsWith("commit 0/0 ");
    }

    @Test
    void withoutAPromptTheSectionsFirstImagePromptIsUsed() {
        UUID section = workspaces.addSection(post, AUTHOR, null,
                Map.of("imagePrompts", List.of("A loaf on a board", "Flour"))).id();
        provider.answer(null, Duration.ZERO, null, null);

        ImageGeneration generation = service.generate(new Command(post, section, AUTHOR, " ", null, null,
                square.id().value(), gptImage.id().value(), null, null)).generation();

        assertThat(generation.prompt()).isEqualTo("A loaf on a board");
        assertThat(generation.sectionId()).isEqualTo(section);
        assertThat(provider.calls.get(0).prompt()).as("no style").isEqualTo("A loaf on a board");
        assertThat(sectionImages.mediaOf(section)).as("joins the section's images").containsExactly(generation.media());
    }

    @Test
    void aSectionDeletedWhileItsImageWasMadeGetsNoImageAndTheGenerationStillSucceeds() {
        PostSection section = workspaces.addSection(post, AUTHOR, null, Map.of());
        provider.script.add(() -> {
            workspaces.deleteSection(post, section.id(), AUTHOR, section.version());
            return new GeneratedImage("PNG".getBytes(StandardCharsets.UTF_8), MediaType.PNG, null, 200, Duration.ZERO,
                    null, null);
        });

        ImageGeneration generation = service.generate(new Command(post, section.id(), AUTHOR, "A fox", null, null,
                square.id().value(), gptImage.id().value(), null, null)).generation();

        assertThat(generation.status()).isEqualTo(ImageGeneration.Status.SUCCEEDED);
        assertThat(sectionImages.mediaOf(section.id())).isEmpty();
    }

    @Test
    void aFailedGenerationForASectionAddsNothingToIt() {
        UUID section = workspaces.addSection(post, AUTHOR, null, Map.of()).id();
        provider.script.add(() -> {
            throw new ProviderCallFailure(ProviderCallFailure.Kind.SERVER_ERROR, 503, null, null, "down", null);
        });

        ImageGeneration generation = service.generate(new Command(post, section, AUTHOR, "A fox", null, null,
                square.id().value(), gptImage.id().value(), null, null)).generation();

        assertThat(generation.status()).isEqualTo(ImageGeneration.Status.FAILED);
        assertThat(sectionImages.mediaOf(section)).isEmpty();
    }

    @Test
    void everyProblemWithTheRequestIsReportedAtOnceAndNothingIsRecordedOrReserved() {
        assertThatThrownBy(() -> service.generate(new Command(post, null, AUTHOR, null, null, null, null,
                llama.id().value(), null, null))).isInstanceOfSatisfying(ValidationException.class,
                refused -> assertThat(refused.errors()).extracting(FieldError::code).containsExactly(
                        "prompt.required", "format-id.required", "model-id.not-an-image-model"));
        assertThatThrownBy(() -> service.generate(new Command(post, null, AUTHOR, "x".repeat(4_001), null, null,
                square.id().value(), UUID.randomUUID(), null, null))).isInstanceOfSatisfying(
                ValidationException.class, refused -> assertThat(refused.errors()).extracting(FieldError::code)
                        .containsExactly("prompt.too-long", "model-id.not-an-image-model"));

        assertThat(history(AUTHOR).items()).isEmpty();
        assertThat(meter.events).isEmpty();
        assertThat(provider.calls).isEmpty();
    }

    @Test
    void aPostTheCallerCannotReachIsNotFoundForGeneratingAndReading() {
        assertThatThrownBy(() -> service.generate(new Command(post, null, STRANGER, "A fox", null, null,
                square.id().value(), gptImage.id().value(), null, null))).isInstanceOf(PostNotFoundException.class);
        assertThatThrownBy(() -> history(STRANGER)).isInstanceOf(PostNotFoundException.class);
        assertThatThrownBy(() -> service.get(post, UUID.randomUUID(), STRANGER))
                .isInstanceOf(PostNotFoundException.class);
        assertThatThrownBy(() -> service.get(post, UUID.randomUUID(), AUTHOR))
                .isInstanceOfSatisfying(NotFoundException.class,
                        missing -> assertThat(missing.code()).isEqualTo("image-generation-not-found"));
    }

    @Test
    void aProviderFailureIsAFailedGenerationAndTheReservationIsReleased() {
        provider.script.add(() -> {
            throw new ProviderCallFailure(ProviderCallFailure.Kind.BAD_REQUEST, 400, "content_policy_violation",
                    null, "Refused by the safety system", null);
        });

        Outcome outcome = service.generate(command("A fox", null));

        ImageGeneration generation = outcome.generation();
        assertThat(generation.status()).isEqualTo(ImageGeneration.Status.FAILED);
        assertThat(generation.errorType()).isEqualTo("bad-request");
        assertThat(generation.errorCode()).isEqualTo("content_policy_violation");
        assertThat(generation.httpStatus()).isEqualTo(400);
        assertThat(library.stored).isEmpty();
        assertThat(meter.events).containsExactly("reserve generation:" + generation.id(), "release");
    }

    @Test
    void anImageTheLibraryRefusesIsAFailedGenerationButStillPaidFor() {
        provider.answer(null, Duration.ofSeconds(2), null, null);
        library.refuse = true;

        ImageGeneration generation = service.generate(command("A fox", null)).generation();

        assertThat(generation.status()).isEqualTo(ImageGeneration.Status.FAILED);
        assertThat(generation.errorType()).isEqualTo("media-refused");
        assertThat(generation.errorCode()).isEqualTo("media.unsupported-type");
        assertThat(generation.latencyMillis()).isEqualTo(2_000);
        assertThat(meter.events).hasSize(2).last().asString().startsWith("commit");
    }

    @Test
    void aQuotaRefusalIsRecordedAndPassedOnWithoutCallingTheProvider() {
        meter.refuse = new QuotaExceededException("image-generations", 10, 10, null, "https://example.test/up");

        assertThatThrownBy(() -> service.generate(command("A fox", null))).isSameAs(meter.refuse);

        assertThat(provider.calls).isEmpty();
        assertThat(history(AUTHOR).items()).singleElement().satisfies(generation -> {
            assertThat(generation.errorType()).isEqualTo("quota-exceeded");
            assertThat(generation.finishedAt()).isNotNull();
        });
    }

    @Test
    void whateverBreaksReleasesTheReservationAndDoesNotLeaveTheGenerationRunning() {
        provider.script.add(() -> {
            throw new IllegalStateException("boom");
        });

        assertThatThrownBy(() -> service.generate(command("A fox", null))).isInstanceOf(IllegalStateException.class);

        assertThat(meter.events).last().isEqualTo("release");
        assertThat(history(AUTHOR).items()).singleElement().satisfies(generation -> {
            assertThat(generation.errorType()).isEqualTo("internal");
            assertThat(generation.errorMessage()).contains("IllegalStateException");
        });
    }

    @Test
    void aRepeatedKeyReplaysTheFirstGenerationAndAReusedOrBusyKeyIsRefused() {
        provider.answer(null, Duration.ZERO, null, null);
        UUID section = workspaces.addSection(post, AUTHOR, null, Map.of()).id();

        Outcome first = service.generate(command("A fox", "key-1"));
        Outcome again = service.generate(command("Another fox", "key-1"));

        assertThat(again.replayed()).isTrue();
        assertThat(again.generation()).isEqualTo(first.generation());
        assertThat(provider.calls).hasSize(1);
        assertThatThrownBy(() -> service.generate(new Command(post, section, AUTHOR, "A fox", null, null,
                square.id().value(), gptImage.id().value(), null, "key-1"))).isInstanceOf(RunErrors.KeyReused.class);

        generations.start(ImageGeneration.start(UUID.randomUUID(), post.value(), null, AUTHOR.id(), "key-2", "A fox", null,
                square.id().value(), null, openai.id().value(), "gpt-image-1", 1024, 1024, clock.instant()));
        assertThatThrownBy(() -> service.generate(command("A fox", "key-2")))
                .isInstanceOf(RunErrors.InProgress.class);
        assertThat(provider.calls).hasSize(1);
    }

    // ---- fixtures

    private Command command(String prompt, String key) {
        return new Command(post, null, AUTHOR, prompt, null, null, square.id().value(), gptImage.id().value(), null,
                key);
    }

    private Page<ImageGeneration> history(Actor actor) {
        return service.history(post, new PageRequest(1, 10), actor);
    }

    private static LlmProvider provider(String name, String type) {
        return new LlmProvider(new ProviderId(UUID.randomUUID()), name, new ProviderType(type),
                new ProviderUrl("https://" + name + ".example/v1"), null, Duration.ofSeconds(5),
                Duration.ofMinutes(1), true, 0);
    }

    private static ImageProtocol imageProtocol() {
        return new ImageProtocol() {
            public String protocolName() {
                return "openai-images";
            }

            public ImageGenerator generator() {
                return call -> {
                    throw new AssertionError("the service calls the generator it is given");
                };
            }

            public ProviderType type() {
                return new ProviderType("openai");
            }

            public Capabilities capabilities() {
                return Capabilities.of(Capability.IMAGES);
            }
        };
    }

    /** A catalogue kind read by id, as generation reads it; changing entries is the catalogue service's own test. */
    private static final class Catalogue<T> implements ImageCatalogUseCase<T, Void> {

        private final Map<UUID, T> entries = new HashMap<>();
        private final Function<T, UUID> id;

        Catalogue(Function<T, UUID> id) {
            this.id = id;
        }

        T add(T entry) {
            entries.put(id.apply(entry), entry);
            return entry;
        }

        @Override
        public Page<T> list(PageRequest page) {
            return new Page<>(List.copyOf(entries.values()), page.page(), page.size(), entries.size());
        }

        @Override
        public T get(UUID key) {
            return Optional.ofNullable(entries.get(key))
                    .orElseThrow(() -> new NotFoundException("image-catalogue-entry", String.valueOf(key)));
        }

        @Override
        public T create(UserId admin, Void values) {
            throw new UnsupportedOperationException("generation never changes the catalogue");
        }

        @Override
        public T update(UserId admin, UUID key, long expectedVersion, Void values) {
            throw new UnsupportedOperationException("generation never changes the catalogue");
        }

        @Override
        public void delete(UserId admin, UUID key, long expectedVersion) {
            throw new UnsupportedOperationException("generation never changes the catalogue");
        }
    }

    /** The model registry: enabled models with their providers; a provider's token is opened per call. */
    private static final class Models implements ResolveModelUseCase {

        private final Map<ModelId, ModelTarget> targets = new HashMap<>();

        LlmModel add(LlmProvider provider, String name) {
            LlmModel model = new LlmModel(new ModelId(UUID.randomUUID()), provider.id(), name, null, null, null,
                    Map.of(), new BigDecimal("10"), new BigDecimal("10"), true, 0);
            targets.put(model.id(), new ModelTarget(model, provider));
            return model;
        }

        @Override
        public Optional<ModelTarget> resolve(ModelId id) {
            return Optional.ofNullable(targets.get(id));
        }

        @Override
        public String openToken(LlmProvider provider) {
            return "token of " + provider.name();
        }
    }

    /** Answers from a script; an answer's latency passes on the clock. */
    private final class ScriptedProvider implements ImageGenerator {

        final Deque<Supplier<GeneratedImage>> script = new ArrayDeque<>();
        final List<ImageGenerationCall> calls = new ArrayList<>();

        void answer(String revisedPrompt, Duration latency, Integer inputTokens, Integer outputTokens) {
            script.add(() -> {
                clock.advance(latency);
                return new GeneratedImage("PNG".getBytes(StandardCharsets.UTF_8), MediaType.PNG, revisedPrompt, 200,
                        latency, inputTokens, outputTokens);
            });
        }

        @Override
        public GeneratedImage generate(ImageGenerationCall call) {
            calls.add(call);
            return script.removeFirst().get();
        }
    }

    /** The media library: keeps what it stored, or refuses the bytes. */
    private static final class Library implements GeneratedMediaSink {

        record Stored(MediaId id, String prompt, Map<String, Object> metadata, String altText) {
        }

        final List<Stored> stored = new ArrayList<>();
        boolean refuse;

        @Override
        public MediaId store(UserId actor, byte[] bytes, String prompt, Map<String, Object> metadata, String altText) {
            if (refuse) {
                throw new MediaErrors.UnsupportedType("Not an image this library accepts.");
            }
            MediaId id = new MediaId(UUID.randomUUID());
            stored.add(new Stored(id, prompt, metadata, altText));
            return id;
        }
    }

    /** Records reservations, commits and releases; refuses when given a quota refusal. */
    private static final class Meter implements GenerationMeter {

        final List<String> events = new ArrayList<>();
        QuotaExceededException refuse;

        @Override
        public MeteredImage reserve(UserId actor, String reference) {
            if (refuse != null) {
                throw refuse;
            }
            events.add("reserve " + reference);
            return new MeteredImage() {
                @Override
                public void commit(long inputTokens, long outputTokens, BigDecimal cost) {
                    events.add("commit " + inputTokens + "/" + outputTokens + " " + cost);
                }

                @Override
                public void release() {
                    events.add("release");
                }
            };
        }
    }
}
