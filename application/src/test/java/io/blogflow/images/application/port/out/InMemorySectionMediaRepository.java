package io.blogflow.images.application.port.out;

import io.blogflow.images.domain.MediaId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Section images in a map, for service tests. */
public final class InMemorySectionMediaRepository implements SectionMediaRepository {

    private final Map<UUID, List<MediaId>> images = new HashMap<>();

    @Override
    public List<MediaId> mediaOf(UUID sectionId) {
        return List.copyOf(images.getOrDefault(sectionId, List.of()));
    }

    @Override
    public void replace(UUID sectionId, List<MediaId> media) {
        images.put(sectionId, new ArrayList<>(media));
    }

    @Override
    public boolean append(UUID sectionId, MediaId media, int max) {
        List<MediaId> shown = images.computeIfAbsent(sectionId, id -> new ArrayList<>());
        if (shown.size() >= max || shown.contains(media)) {
            return false;
        }
        return shown.add(media);
    }

    @Override
    public boolean shows(MediaId media) {
        return images.values().stream().anyMatch(shown -> shown.contains(media));
    }
}
