package io.blogflow.images.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** Row of {@code image_prompt_examples}. */
@Entity
@Table(name = "image_prompt_examples")
public class ImagePromptExampleJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 4000)
    String prompt;

    @Column(name = "style_id")
    UUID styleId;

    @Column(name = "format_id")
    UUID formatId;

    @Column(name = "provider_type", length = 20)
    String providerType;

    @Column(name = "setting_id")
    UUID settingId;

    @Version
    @Column(nullable = false)
    long version;
}
