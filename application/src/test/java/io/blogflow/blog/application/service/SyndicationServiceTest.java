package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.out.InMemorySlugRedirectRepository;
import io.blogflow.blog.application.port.out.InMemoryPostRepository;
import io.blogflow.blog.application.port.out.InMemoryPostViewCounts;
import io.blogflow.blog.application.port.out.PostEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.blog.application.Byline;
import io.blogflow.blog.application.FeedItem;
import io.blogflow.blog.application.FeedQuery;
import io.blogflow.blog.application.PublishedSnapshot;
import io.blogflow.blog.application.SitemapUrl;
import io.blogflow.blog.application.port.in.SyndicationUseCase.SitemapIndex;
import io.blogflow.blog.application.port.in.SyndicationUseCase.SitemapPageRef;
import io.blogflow.blog.application.port.in.SyndicationUseCase.UrlSet;
import io.blogflow.blog.application.port.out.Bylines;
import io.blogflow.blog.application.port.out.PublishedPosts;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.SitemapPageNotFoundException;
import io.blogflow.blog.domain.Slug;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyndicationServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aSitemapWithinTheLimitListsEveryPublishedPost() {
        var service = serviceOver(posts(3), 3);

        var sitemap = service.sitemap(service.snapshot());

        assertThat(sitemap).isInstanceOf(UrlSet.class);
        assertThat(((UrlSet) sitemap).urls()).extracting(url -> url.slug().value()).containsExactly("p0", "p1", "p2");
    }

    @Test
    void oneUrlMoreThanTheLimitTurnsTheSitemapIntoAnIndexOfPagesWithTheirNewestChange() {
        List<SitemapUrl> posts = new ArrayList<>(posts(5));
        posts.set(1, new SitemapUrl(new Slug("p1"), T0.plusSeconds(100))); // edited long after publication
        var service = serviceOver(posts, 2);

        var sitemap = service.sitemap(service.snapshot());

        assertThat(sitemap).isInstanceOf(SitemapIndex.class);
        assertThat(((SitemapIndex) sitemap).pages()).containsExactly(
                new SitemapPageRef(1, T0.plusSeconds(100)),
                new SitemapPageRef(2, T0.plusSeconds(3)),
                new SitemapPageRef(3, T0.plusSeconds(4)));
    }

    @Test
    void sitemapPagesSliceThePostsInOrderAndPagesBeyondTheLastAreNotFound() {
        var service = serviceOver(posts(5), 2);
        PublishedSnapshot snapshot = service.snapshot();

        assertThat(service.sitemapPage(snapshot, 2)).extracting(url -> url.slug().value()).containsExactly("p2", "p3");
        assertThat(service.sitemapPage(snapshot, 3)).extracting(url -> url.slug().value()).containsExactly("p4");
        assertThatThrownBy(() -> service.sitemapPage(snapshot, 4)).isInstanceOf(SitemapPageNotFoundException.class);
        assertThatThrownBy(() -> service.sitemapPage(snapshot, 0)).isInstanceOf(SitemapPageNotFoundException.class);
    }

    @Test
    void anEmptySiteStillHasItsFirstSitemapPage() {
        var service = serviceOver(List.of(), 2);

        assertThat(service.sitemapPage(service.snapshot(), 1)).isEmpty();
    }

    @Test
    void aFeedLooksUpTheBylinesOfAllItsAuthorsInOneCall() {
        UserId ann = new UserId(UUID.randomUUID());
        UserId bob = new UserId(UUID.randomUUID());
        UserId erased = new UserId(UUID.randomUUID());
        List<Collection<UserId>> asked = new ArrayList<>();
        Bylines bylines = authors -> {
            asked.add(List.copyOf(authors));
            return Map.of(ann, new Byline("Ann", null, null), bob, new Byline("Bob", null, "https://example.com/bob"));
        };
        var service = new SyndicationService(new FixedPublishedPosts(List.of(), List.of(item("a", ann),
                item("b", bob), item("c", ann), item("d", null), item("e", erased))), null, new EmptyTaxonomy(),
                publicPosts(), new SyndicationSettings(10, 20), bylines);

        var feed = service.feed(FeedQuery.all());

        assertThat(feed.items()).extracting(item -> item.author() == null ? null : item.author().name())
                .containsExactly("Ann", "Bob", "Ann", null, null);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).containsExactlyInAnyOrder(ann, bob, erased);
    }

    @Test
    void settingsOutsideTheProtocolAndFeedLimitsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new SyndicationSettings(50_001, 20)).hasMessageContaining("blogflow.sitemap.max-urls");
        assertThatThrownBy(() -> new SyndicationSettings(10, 0)).hasMessageContaining("blogflow.feeds.size");
        assertThatThrownBy(() -> new SyndicationSettings(10, 101)).hasMessageContaining("blogflow.feeds.size");
    }

    private static List<SitemapUrl> posts(int count) {
        return IntStream.range(0, count).mapToObj(i -> new SitemapUrl(new Slug("p" + i), T0.plusSeconds(i))).toList();
    }

    private static FeedItem item(String slug, UserId author) {
        return new FeedItem(new PostId(UUID.randomUUID()), new Slug(slug), slug, "", T0, T0, List.of(), author, null);
    }

    private static PublicPostsService publicPosts() {
        return new PublicPostsService(new InMemoryPostRepository(), new InMemorySlugRedirectRepository(),
                new EmptyTaxonomy(), new EmptyTaxonomy(), PostEngagement.NONE,
                new PostCountersService(new InMemoryPostViewCounts(), PostEngagement.NONE));
    }

    private static SyndicationService serviceOver(List<SitemapUrl> posts, int maxUrls) {
        return new SyndicationService(new FixedPublishedPosts(posts, List.of()), null, new EmptyTaxonomy(),
                publicPosts(), new SyndicationSettings(maxUrls, 20), authors -> Map.of());
    }

    /** Published posts already in sitemap order, and the newest as a feed lists them. */
    private record FixedPublishedPosts(List<SitemapUrl> posts, List<FeedItem> feed) implements PublishedPosts {

        @Override
        public PublishedSnapshot snapshot() {
            return new PublishedSnapshot(posts.size(),
                    posts.stream().map(SitemapUrl::lastModified).max(Comparator.naturalOrder()));
        }

        @Override
        public List<SitemapUrl> sitemapUrls(long offset, int limit) {
            return posts.stream().skip(offset).limit(limit).toList();
        }

        @Override
        public List<Instant> newestUpdatePerPage(int pageSize) {
            List<Instant> newest = new ArrayList<>();
            for (int start = 0; start < posts.size(); start += pageSize) {
                newest.add(sitemapUrls(start, pageSize).stream().map(SitemapUrl::lastModified)
                        .max(Comparator.naturalOrder()).orElseThrow());
            }
            return newest;
        }

        @Override
        public List<FeedItem> newest(FeedQuery query, int limit) {
            return feed.stream().limit(limit).toList();
        }

        @Override
        public Map<PostId, String> contentHtml(Collection<PostId> ids) {
            return Map.of();
        }
    }
}
