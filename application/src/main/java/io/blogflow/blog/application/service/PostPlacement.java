package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.CategoryRepository;
import io.blogflow.blog.application.port.out.TopicClusterRepository;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.shared.domain.FieldError;
import io.blogflow.shared.domain.ValidationException;
import java.util.ArrayList;

/** Where a post is filed must exist: its category and topic cluster are checked in the saving transaction. */
public final class PostPlacement {

    private final CategoryRepository categories;
    private final TopicClusterRepository clusters;

    public PostPlacement(CategoryRepository categories, TopicClusterRepository clusters) {
        this.categories = categories;
        this.clusters = clusters;
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
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A revision's filing, minus the category or cluster that has been deleted since. */
    PostDetails stillExisting(PostDetails details) {
        PostDetails result = details;
        if (details.category() != null && categories.findCategory(details.category()).isEmpty()) {
            result = result.inCategory(null);
        }
        if (details.cluster() != null && clusters.findCluster(details.cluster()).isEmpty()) {
            result = result.inCluster(null);
        }
        return result;
    }
}
