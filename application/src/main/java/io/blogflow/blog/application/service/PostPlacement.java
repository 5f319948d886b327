package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.CategoryRepository;
import io.blogflow.blog.application.port.out.PostImages;
import io.blogflow.blog.application.port.out.TopicClusterRepository;
import io.blogflow.blog.domain.MediaRef;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import java.util.ArrayList;

/**
 * What a post points at must exist: its category, topic cluster and media library images are checked in the saving
 * transaction (the media's foreign keys back the check against a concurrent delete).
 */
public final class PostPlacement {

    private final CategoryRepository categories;
    private final TopicClusterRepository clusters;
    private final PostImages images;

    public PostPlacement(CategoryRepository categories, TopicClusterRepository clusters, PostImages images) {
        this.categories = categories;
        this.clusters = clusters;
        this.images = images;
    }

    void requireExisting(PostDetails details) {
        var errors = new ArrayList<FieldError>();
        if (details.category() != null && categories.findCategory(details.category()).isEmpty()) {
            errors.add(new FieldError("categoryId", "category-id.unknown", "No category " + details.category() + "."));
        }
        if (details.cluster() != null && clusters.findCluster(details.cluster()).isEmpty()) {
            errors.add(new FieldError("topicClusterId", "topic-cluster-id.unknown",
                    "No topic cluster " + details.cluster() + "."));
        }
        if (missing(details.featuredMedia())) {
            errors.add(new FieldError("featuredMediaId", "featured-media-id.unknown",
                    "No media " + details.featuredMedia().value() + "."));
        }
        if (missing(details.ogMedia())) {
            errors.add(new FieldError("ogMediaId", "og-media-id.unknown", "No media " + details.ogMedia().value() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A revision's filing and images, minus the category, cluster or media that has been deleted since. */
    PostDetails stillExisting(PostDetails details) {
        PostDetails result = details;
        if (details.category() != null && categories.findCategory(details.category()).isEmpty()) {
            result = result.inCategory(null);
        }
        if (details.cluster() != null && clusters.findCluster(details.cluster()).isEmpty()) {
            result = result.inCluster(null);
        }
        if (missing(details.featuredMedia()) || missing(details.ogMedia())) {
            result = result.withMedia(missing(details.featuredMedia()) ? null : details.featuredMedia(),
                    missing(details.ogMedia()) ? null : details.ogMedia());
        }
        return result;
    }

    private boolean missing(MediaRef media) {
        return media != null && !images.exists(media.value());
    }
}
