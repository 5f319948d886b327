package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.CategoryRepository;
import io.blogflow.blog.application.port.out.PostImages;
import io.blogflow.blog.application.port.out.TopicClusterRepository;
import io.blogflow.blog.domain.Category;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.TopicCluster;
import io.blogflow.blog.domain.TopicClusterId;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** No categories, no clusters and no media: the taxonomy of post-service tests that file nothing. */
final class EmptyTaxonomy implements CategoryRepository, TopicClusterRepository, PostImages {

    static final PostPlacement PLACEMENT = new PostPlacement(new EmptyTaxonomy(), new EmptyTaxonomy(),
            new EmptyTaxonomy());

    @Override
    public Optional<ImageLinks> links(UUID mediaId, URI requestBase) {
        return Optional.empty();
    }

    @Override
    public boolean exists(UUID mediaId) {
        return false;
    }

    @Override
    public Category add(Category category) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Category update(Category category) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remove(Category category) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Category> findCategory(CategoryId id) {
        return Optional.empty();
    }

    @Override
    public Optional<Category> findCategoryBySlug(Slug slug) {
        return Optional.empty();
    }

    @Override
    public List<Category> allCategories() {
        return List.of();
    }

    @Override
    public void lockHierarchy() {
    }

    @Override
    public long countPosts(CategoryId id) {
        return 0;
    }

    @Override
    public int moveAllPosts(CategoryId from, CategoryId to) {
        return 0;
    }

    @Override
    public int moveChildren(CategoryId from, CategoryId newParent) {
        return 0;
    }

    @Override
    public TopicCluster add(TopicCluster cluster) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TopicCluster update(TopicCluster cluster) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void remove(TopicCluster cluster) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<TopicCluster> findCluster(TopicClusterId id) {
        return Optional.empty();
    }

    @Override
    public Optional<TopicCluster> findClusterBySlug(Slug slug) {
        return Optional.empty();
    }

    @Override
    public List<TopicCluster> allClusters() {
        return List.of();
    }

    @Override
    public List<io.blogflow.blog.domain.ClusterOverview.Member> members(TopicClusterId id) {
        return List.of();
    }
}
