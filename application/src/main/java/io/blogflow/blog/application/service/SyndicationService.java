package io.blogflow.blog.application.service;

import io.blogflow.blog.application.Byline;
import io.blogflow.blog.application.FeedItem;
import io.blogflow.blog.application.FeedQuery;
import io.blogflow.blog.application.PublishedSnapshot;
import io.blogflow.blog.application.SitemapUrl;
import io.blogflow.blog.application.port.in.SyndicationUseCase;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.out.Bylines;
import io.blogflow.blog.application.port.out.PublishedPosts;
import io.blogflow.blog.application.port.out.CategoryRepository;
import io.blogflow.blog.application.port.out.TagRepository;
import io.blogflow.blog.domain.Category;
import io.blogflow.blog.domain.CategoryTree;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.SitemapPageNotFoundException;
import io.blogflow.blog.domain.Tag;
import io.blogflow.blog.domain.TagNotFoundException;
import io.blogflow.shared.domain.NotFoundException;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

public final class SyndicationService implements SyndicationUseCase {

    private final PublishedPosts published;
    private final TagRepository tags;
    private final CategoryRepository categories;
    private final PublicPostsUseCase publicPosts;
    private final SyndicationSettings settings;
    private final Bylines bylines;

    public SyndicationService(PublishedPosts published, TagRepository tags, CategoryRepository categories,
                              PublicPostsUseCase publicPosts, SyndicationSettings settings, Bylines bylines) {
        this.bylines = bylines;
        this.categories = categories;
        this.published = published;
        this.tags = tags;
        this.publicPosts = publicPosts;
        this.settings = settings;
    }

    @Override
    public PublishedSnapshot snapshot() {
        return published.snapshot();
    }

    @Override
    public Sitemap sitemap(PublishedSnapshot snapshot) {
        int pageSize = settings.sitemapMaxUrls();
        if (snapshot.count() <= pageSize) {
            return new UrlSet(published.sitemapUrls(0, pageSize));
        }
        List<Instant> newest = published.newestUpdatePerPage(pageSize);
        List<SitemapPageRef> pages = new ArrayList<>(newest.size());
        for (int i = 0; i < newest.size(); i++) {
            pages.add(new SitemapPageRef(i + 1, newest.get(i)));
        }
        return new SitemapIndex(pages);
    }

    @Override
    public List<SitemapUrl> sitemapPage(PublishedSnapshot snapshot, int number) {
        int pageSize = settings.sitemapMaxUrls();
        long pages = Math.max(1, (snapshot.count() + pageSize - 1) / pageSize);
        if (number < 1 || number > pages) {
            throw new SitemapPageNotFoundException(number);
        }
        return published.sitemapUrls((long) (number - 1) * pageSize, pageSize);
    }

    @Override
    public Feed feed(FeedQuery query) {
        if (query.category().isPresent()) {
            Slug slug = query.category().get();
            Category category = categories.findCategoryBySlug(slug)
                    .orElseThrow(() -> new NotFoundException("category", slug.value()));
            var subtree = new CategoryTree(categories.allCategories()).subtree(category.id());
            return new Feed(Optional.of(category.name()),
                    newest(query.inCategories(subtree)));
        }
        Optional<String> tag = query.tag().map(slug -> tags.findBySlug(slug)
                .orElseThrow(() -> new TagNotFoundException(slug.value())).name());
        return new Feed(tag, newest(query));
    }

    /** The feed's posts with their bylines: one read of the posts, one of all their authors. */
    private List<FeedItem> newest(FeedQuery query) {
        List<FeedItem> items = published.newest(query, settings.feedSize());
        Map<UserId, Byline> authors = bylines.of(items.stream().map(FeedItem::authorId).filter(Objects::nonNull)
                .distinct().toList());
        return items.stream().map(item -> item.withAuthor(item.authorId() == null ? null
                : authors.get(item.authorId()))).toList();
    }

    @Override
    public Map<PostId, String> contents(Feed feed) {
        return published.contentHtml(feed.items().stream().map(FeedItem::id).toList());
    }

    @Override
    public Posting posting(String slug) {
        var resolution = publicPosts.bySlug(slug);
        if (resolution.movedTo() != null) {
            return new Posting(null, List.of(), null, resolution.movedTo());
        }
        List<String> names = tags.tagsOf(resolution.post().id()).stream().map(Tag::name).toList();
        Byline author = resolution.post().authorId().flatMap(bylines::of).orElse(null);
        return new Posting(resolution.post(), names, author, null);
    }
}
