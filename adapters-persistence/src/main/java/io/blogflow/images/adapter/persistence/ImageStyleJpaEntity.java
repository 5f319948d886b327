package io.blogflow.images.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** Row of {@code image_styles}. */
@Entity
@Table(name = "image_styles")
public class ImageStyleJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 120)
    String title;

    @Column(length = 2000)
    String description;

    @Version
    @Column(nullable = false)
    long version;
}
