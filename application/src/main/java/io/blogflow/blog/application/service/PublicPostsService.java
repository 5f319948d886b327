package io.blogflow.blog.application.service;

import io.blogflow.blog.application.PublicPostQuery;
import io.blogflow.blog.application.port.in.PostCountersUseCase;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.out.CategoryRepository;
import io.blogflow.blog.application.port.out.PostEngagement;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.PostCursor;
import io.blogflow.blog.application.port.out.PostSummary;
import io.blogflow.blog.application.port.out.PublishedPage;
import io.blogflow.blog.application.port.out.PublishedPostFilter;
import io.blogflow.blog.application.port.out.TopicClusterRepository;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.CategoryTree;
import io.blogflow.blog.domain.TopicClusterId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostNotFoundException;
import io.blogflow.blog.domain.PostStatus;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.InvalidValueException;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;

public final class PublicPostsService implements PublicPostsUseCase {

    private final PostRepository posts;
    private final SlugRedirectRepository redirects;
    private final CategoryRepository categories;
    private final TopicClusterRepository clusters;
    private final PostEngagement engagement;
    private final PostCountersUseCase counters;

    public PublicPostsService(PostRepository posts, SlugRedirectRepository redirects, CategoryRepository categories,
                              TopicClusterRepository clusters, PostEngagement engagement,
                              PostCountersUseCase counters) {
        this.engagement = engagement;
        this.counters = counters;
        this.categories = categories;
        this.clusters = clusters;
        this.posts = posts;
        this.redirects = redirects;
    }

    @Override
    public Resolution bySlug(String raw) {
        Slug slug;
        try {
            slug = new Slug(raw);
        } catch (InvalidValueException e) {
            throw new PostNotFoundException(raw);
        }
        var live = posts.readBySlug(slug).filter(PublicPostsService::isPublished);
        if (live.isPresent()) {
            Post post = live.get();
            return new Resolution(post, null, counters.counters(post.id()));
        }
        return redirects.target(slug).flatMap(posts::findById).filter(PublicPostsService::isPublished)
                .map(post -> Resolution.movedTo(post.slug()))
                .orElseThrow(() -> new PostNotFoundException(raw));
    }

    @Override
    public PublishedPage list(PublicPostQuery query, PageRequest pageRequest, PostCursor after) {
        if (after != null && after.sort() != query.sort()) {
            throw new InvalidValueException("cursor.invalid", "This cursor belongs to another sort order: ask with "
                    + "the sort it was given for, or start again without a cursor.");
        }
        if (after == null && pageRequest.offset() > MAX_OFFSET) {
            throw new InvalidValueException("page.too-deep", "Pages beyond the first " + MAX_OFFSET + " posts are "
                    + "not served by number: follow the nextCursor of an earlier page (cursor=…, or its Link "
                    + "rel=\"next\"), which reaches any depth at the cost of the first page.");
        }
        boolean byCursor = after != null;
        Set<CategoryId> categoryIds = Set.of();
        if (query.category() != null) {
            var category = categories.findCategoryBySlug(query.category());
            if (category.isEmpty()) {
                return PublishedPage.empty(pageRequest, byCursor);
            }
            categoryIds = new CategoryTree(categories.allCategories()).subtree(category.get().id());
        }
        TopicClusterId cluster = null;
        if (query.cluster() != null) {
            var found = clusters.findClusterBySlug(query.cluster());
            if (found.isEmpty()) {
                return PublishedPage.empty(pageRequest, byCursor);
            }
            cluster = found.get().id();
        }
        PublishedPage found = posts.findPublished(new PublishedPostFilter(query.author(), query.tag(), categoryIds,
                cluster, query.language(), query.publishedFrom(), query.publishedTo(), query.sort()), pageRequest,
                after);
        return new PublishedPage(withEngagement(found.page()), found.totalCapped(), found.next(), found.byCursor());
    }

    /** The page's summaries with their likes, comments and shares, read for the whole page at once. */
    private Page<PostSummary> withEngagement(Page<PostSummary> page) {
        if (page.items().isEmpty()) {
            return page;
        }
        Map<PostId, PostCounters> stored = new LinkedHashMap<>();
        page.items().forEach(summary -> stored.put(summary.id(), summary.counters()));
        Map<PostId, PostCounters> counted = engagement.counters(stored);
        return new Page<>(page.items().stream()
                .map(summary -> summary.withCounters(counted.getOrDefault(summary.id(), summary.counters())))
                .toList(), page.page(), page.size(), page.total());
    }

    @Override
    public boolean isPublished(PostId post) {
        return posts.findById(post).filter(PublicPostsService::isPublished).isPresent();
    }

    @Override
    public Optional<Slug> publishedSlug(PostId post) {
        return posts.findById(post).filter(PublicPostsService::isPublished).map(Post::slug);
    }

    private static boolean isPublished(Post post) {
        return post.status() == PostStatus.PUBLISHED && !post.isTrashed();
    }
}
