package io.blogflow.images.application.port.in;

import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.util.UUID;

/**
 * Admin upkeep of one kind of image-catalogue entry: {@code T} the entry, {@code V} the values a client sends. The
 * four kinds (styles, formats, settings, prompt examples) differ only in their fields, so they share this use case.
 * Writes are audited ({@code <kind>.created|updated|deleted}) and take the version read.
 */
public interface ImageCatalogUseCase<T, V> {

    Page<T> list(PageRequest page);

    /** @throws io.blogflow.shared.domain.NotFoundException */
    T get(UUID id);

    T create(UserId admin, V values);

    T update(UserId admin, UUID id, long expectedVersion, V values);

    void delete(UserId admin, UUID id, long expectedVersion);

    record StyleValues(String title, String description) {
    }

    record FormatValues(String title, Integer width, Integer height, Integer steps, Double guidanceScale,
                        java.util.Map<String, Object> extraSettings) {
    }

    record SettingValues(String name, UUID styleId, UUID formatId, java.util.Map<String, Object> overrides) {
    }

    record PromptExampleValues(String prompt, UUID styleId, UUID formatId, String providerType, UUID settingId) {
    }
}
