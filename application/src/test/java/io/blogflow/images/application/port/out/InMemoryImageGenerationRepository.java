package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.ImageGeneration;
import io.blogflow.shared.application.port.out.InMemoryPages;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link ImageGenerationRepository} in memory; passes {@link ImageGenerationRepositoryContract}. */
public final class InMemoryImageGenerationRepository implements ImageGenerationRepository {

    private final Map<UUID, ImageGeneration> generations = new LinkedHashMap<>();
    private final java.util.Set<UUID> released = new java.util.HashSet<>();

    @Override
    public synchronized ImageGeneration start(ImageGeneration generation) {
        if (generation.idempotencyKey() != null) {
            Optional<ImageGeneration> earlier = generations.values().stream()
                    .filter(g -> g.postId().equals(generation.postId()) && !released.contains(g.id())
                            && Objects.equals(g.idempotencyKey(), generation.idempotencyKey()))
                    .findFirst();
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        generations.put(generation.id(), generation);
        return generation;
    }

    @Override
    public synchronized ImageGeneration finish(ImageGeneration generation) {
        if (generations.replace(generation.id(), generation) == null) {
            throw new IllegalStateException("generation " + generation.id() + " was never started");
        }
        return generation;
    }

    @Override
    public synchronized int releaseIdempotencyKeysBefore(java.time.Instant cutoff) {
        var due = generations.values().stream().filter(g -> g.idempotencyKey() != null && !released.contains(g.id())
                && g.finishedAt() != null && g.finishedAt().isBefore(cutoff)).map(ImageGeneration::id).toList();
        released.addAll(due);
        return due.size();
    }

    @Override
    public synchronized Optional<ImageGeneration> find(UUID postId, UUID id) {
        return Optional.ofNullable(generations.get(id)).filter(g -> g.postId().equals(postId));
    }

    @Override
    public synchronized Page<ImageGeneration> ofPost(UUID postId, PageRequest page) {
        return InMemoryPages.page(generations.values().stream().filter(g -> g.postId().equals(postId))
                .sorted(Comparator.comparing(ImageGeneration::createdAt).reversed()).toList(), page);
    }
}
