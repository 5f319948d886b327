package io.blogflow.images.application.service;

import io.blogflow.blog.domain.PostId;
import io.blogflow.images.application.port.in.GenerateImageUseCase;
import io.blogflow.images.application.port.in.SectionMediaUseCase;
import io.blogflow.images.application.port.out.GeneratedImage;
import io.blogflow.images.application.port.out.GeneratedMediaSink;
import io.blogflow.images.application.port.out.GenerationMeter;
import io.blogflow.images.application.port.out.ImageGenerationCall;
import io.blogflow.images.application.port.out.ImageGenerationRepository;
import io.blogflow.images.application.port.out.ImageGenerator;
import io.blogflow.images.application.port.out.SectionMediaRepository;
import io.blogflow.images.domain.ImageGeneration;
import io.blogflow.images.domain.MediaId;
import io.blogflow.llm.application.port.in.ResolveModelUseCase;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Jobs;
import io.blogflow.shared.application.port.out.ProviderCallFailure;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.DomainException;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.QuotaExceededException;
import io.blogflow.workflow.application.port.in.EditorialWorkspaceUseCase;
import io.blogflow.workflow.application.port.in.HoldSectionUseCase;
import io.blogflow.workflow.domain.run.RunErrors;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Records the generation (claiming the idempotency key), asks the provider once with no transaction open, stores the
 * image as media, and records the outcome. A provider or media-library refusal is a failed generation, never an
 * exception the client has to untangle. An asynchronous generation is recorded and queued as a
 * {@link GenerateImageJob} in one transaction; the job does the rest the same way and tells the starter how it ended
 * ({@link ImageNotices}). An image generated for a section joins that section's images (last, while it has room).
 */
public final class GenerateImageService implements GenerateImageUseCase {

    private final ImageRequests requests;
    private final ResolveModelUseCase targets;
    private final ImageGenerator generator;
    private final GeneratedMediaSink media;
    private final GenerationMeter meter;
    private final ImageGenerationRepository generations;
    private final SectionMediaRepository sectionImages;
    private final EditorialWorkspaceUseCase workspaces;
    private final HoldSectionUseCase sections;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Jobs jobs;
    private final ImageNotices notices;
    private final Clock clock;

    public GenerateImageService(ImageRequests requests, ResolveModelUseCase targets, ImageGenerator generator,
                                GeneratedMediaSink media, GenerationMeter meter, ImageGenerationRepository generations,
                                SectionMediaRepository sectionImages, EditorialWorkspaceUseCase workspaces,
                                HoldSectionUseCase sections, Transactions transactions, IdGenerator ids,
                                Jobs jobs, ImageNotices notices, Clock clock) {
        this.requests = requests;
        this.targets = targets;
        this.generator = generator;
        this.media = media;
        this.meter = meter;
        this.generations = generations;
        this.sectionImages = sectionImages;
        this.workspaces = workspaces;
        this.sections = sections;
        this.transactions = transactions;
        this.ids = ids;
        this.jobs = jobs;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public Outcome generate(Command command) {
        Started started = transactions.inTransaction(() -> start(command));
        ImageGeneration generation = started.generation();
        if (!generation.id().equals(started.requested().id())) {
            return replay(generation, command);
        }
        return new Outcome(execute(generation, started.request(), command, false), false);
    }

    @Override
    public Outcome accept(Command command) {
        return transactions.inTransaction(() -> {
            Started started = start(command);
            ImageGeneration generation = started.generation();
            if (!generation.id().equals(started.requested().id())) {
                if (!Objects.equals(generation.sectionId(), command.sectionId())) {
                    throw new RunErrors.KeyReused();
                }
                return new Outcome(generation, true);
            }
            jobs.enqueue(GenerateImageJob.TYPE, GenerateImageJob.Payload.of(generation.id(), command));
            return new Outcome(generation, false);
        });
    }

    /** The job's work: generates an accepted generation that is still running. */
    void perform(GenerateImageJob.Payload accepted) {
        Command command = accepted.command();
        ImageGeneration generation = transactions.inTransaction(() -> generations.find(accepted.postId(),
                accepted.generationId())).filter(found -> found.status() == ImageGeneration.Status.RUNNING)
                .orElse(null);
        if (generation == null) {
            return;
        }
        ImageRequests.Resolved request;
        try {
            request = transactions.inTransaction(() -> requests.resolve(command));
        } catch (DomainException refused) {
            // The post, section or catalogue entry changed since the generation was accepted.
            finish(generation.failed("refused", refused.code(), refused.getMessage(), null, null, clock.instant()),
                    true);
            return;
        }
        try {
            execute(generation, request, command, true);
        } catch (QuotaExceededException recorded) {
            // Recorded as a failed generation and told to its starter: nothing for the job to retry.
        }
    }

    /** The job gave up: the generation is recorded as failed, unless it finished after all. */
    void abandon(GenerateImageJob.Payload accepted, String why) {
        transactions.inTransaction(() -> generations.find(accepted.postId(), accepted.generationId())
                .filter(found -> found.status() == ImageGeneration.Status.RUNNING)
                .map(found -> finishIn(found.failed("internal", null, "The generation could not be performed: "
                        + why, null, null, clock.instant()), true)));
    }

    /** The request as resolved, the generation asked for, and the one recorded (another when the key was used). */
    private record Started(ImageRequests.Resolved request, ImageGeneration requested, ImageGeneration generation) {
    }

    private Started start(Command command) {
        ImageRequests.Resolved request = requests.resolve(command);
        LlmProvider provider = request.target().provider();
        LlmModel model = request.target().model();
        ImageGeneration requested = ImageGeneration.start(ids.newId(), command.postId().value(), command.sectionId(),
                command.actor().id(), command.idempotencyKey(), request.prompt(),
                request.style() == null ? null : request.style().id().value(), request.format().id().value(),
                request.setting() == null ? null : request.setting().id().value(), provider.id().value(),
                model.name(), request.format().width(), request.format().height(), clock.instant());
        return new Started(request, requested, generations.start(requested));
    }

    private ImageGeneration execute(ImageGeneration generation, ImageRequests.Resolved request, Command command,
                                    boolean notify) {
        GenerationMeter.MeteredImage metered;
        try {
            metered = meter.reserve(command.actor().id(), "generation:" + generation.id());
        } catch (QuotaExceededException refused) {
            finish(generation.failed("quota-exceeded", refused.code(), refused.getMessage(), null, null,
                    clock.instant()), notify);
            throw refused;
        }
        try {
            return finish(call(generation, request, command, metered), notify);
        } catch (RuntimeException unexpected) {
            metered.release();
            // Whatever broke, the generation must not stay "running": record it, then let the caller see it.
            finish(generation.failed("internal", null, "The generation broke off: "
                    + unexpected.getClass().getSimpleName(), null, null, clock.instant()), notify);
            throw unexpected;
        }
    }

    private ImageGeneration call(ImageGeneration generation, ImageRequests.Resolved request, Command command,
                                 GenerationMeter.MeteredImage metered) {
        LlmProvider provider = request.target().provider();
        LlmModel model = request.target().model();
        GeneratedImage image;
        try {
            image = generator.generate(new ImageGenerationCall(provider.type(), provider.baseUrl().value(),
                    targets.openToken(provider), provider.connectTimeout(), provider.readTimeout(), model.name(),
                    request.styledPrompt(), request.format().width(), request.format().height(),
                    request.format().steps(), request.format().guidanceScale(), request.extraSettings()));
        } catch (ProviderCallFailure failure) {
            metered.release();
            return generation.failed(failure.kind().code(), failure.providerCode(), failure.getMessage(),
                    failure.httpStatus(), null, clock.instant());
        }
        // The provider was paid for the image whatever the library makes of it.
        metered.commit(orZero(image.inputTokens()), orZero(image.outputTokens()),
                model.cost(image.inputTokens(), image.outputTokens()));
        try {
            MediaId stored = media.store(command.actor().id(), image.bytes(), request.prompt(),
                    metadata(generation, request, image), command.altText());
            return generation.succeeded(stored, image.revisedPrompt(), image.httpStatus(),
                    image.latency().toMillis(), image.inputTokens(), image.outputTokens(), clock.instant());
        } catch (DomainException refused) {
            return generation.failed("media-refused", refused.code(), refused.getMessage(), image.httpStatus(),
                    image.latency().toMillis(), clock.instant());
        }
    }

    /** Kept with the media item, so an image says where it came from. */
    private static Map<String, Object> metadata(ImageGeneration generation, ImageRequests.Resolved request,
                                                GeneratedImage image) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("generationId", generation.id().toString());
        metadata.put("provider", request.target().provider().name());
        metadata.put("model", generation.model());
        metadata.put("width", generation.width());
        metadata.put("height", generation.height());
        metadata.put("format", request.format().title());
        if (request.style() != null) {
            metadata.put("style", request.style().title());
        }
        if (request.setting() != null) {
            metadata.put("setting", request.setting().name());
        }
        if (image.revisedPrompt() != null) {
            metadata.put("revisedPrompt", image.revisedPrompt());
        }
        return metadata;
    }

    private Outcome replay(ImageGeneration existing, Command command) {
        if (!Objects.equals(existing.sectionId(), command.sectionId())) {
            throw new RunErrors.KeyReused();
        }
        if (existing.status() == ImageGeneration.Status.RUNNING) {
            throw new RunErrors.InProgress(existing.id().toString());
        }
        return new Outcome(existing, true);
    }

    private ImageGeneration finish(ImageGeneration generation, boolean notify) {
        return transactions.inTransaction(() -> finishIn(generation, notify));
    }

    /** Records the outcome and, for an asynchronous generation, tells its starter in the same transaction. */
    private ImageGeneration finishIn(ImageGeneration generation, boolean notify) {
        ImageGeneration finished = generations.finish(generation);
        // The section, held until the transaction ends, may have been deleted while the image was being made.
        if (finished.status() == ImageGeneration.Status.SUCCEEDED && finished.sectionId() != null
                && sections.hold(finished.sectionId())) {
            sectionImages.append(finished.sectionId(), finished.media(), SectionMediaUseCase.MAX_IMAGES);
        }
        if (notify) {
            notices.finished(finished);
        }
        return finished;
    }

    @Override
    public Page<ImageGeneration> history(PostId postId, PageRequest page, Actor actor) {
        workspaces.workspace(postId, actor);
        return transactions.inTransaction(() -> generations.ofPost(postId.value(), page));
    }

    @Override
    public ImageGeneration get(PostId postId, UUID id, Actor actor) {
        workspaces.workspace(postId, actor);
        return transactions.inTransaction(() -> generations.find(postId.value(), id))
                .orElseThrow(() -> new NotFoundException("image-generation", id.toString()));
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
