package io.blogflow.blog.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import io.blogflow.blog.application.Byline;
import io.blogflow.blog.application.FeedItem;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.in.SyndicationUseCase.Feed;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.Slug;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The feed documents as a real parser (Rome's) reads them: authors, absolute links, xml:base, the stylesheet. */
class RomeFeedsTest {

    private static final Site SITE = new Site(URI.create("https://blog.example"), "Example", "Posts.");
    private static final PostId ID = new PostId(UUID.fromString("0190d6a2-0000-7000-8000-000000000001"));
    private static final String HTML = "<p>Ελληνικά <a href=\"/other-post\">other</a> <a href=\"#how\">how</a> "
            + "<img src=\"images/chart.png\" srcset=\"/img/a.png 1x, /img/b.png 2x\"> "
            + "<a href=\"https://elsewhere.example/x?a=1&amp;b=2\">out</a></p><pre><code>a &lt; b &amp;&amp; "
            + "c == &quot;q&quot;</code></pre>";

    private static Feed feed(Byline author) {
        Instant at = Instant.parse("2026-03-01T09:30:00Z");
        return new Feed(Optional.empty(), List.of(new FeedItem(ID, new Slug("nandu"), "Ñandú: 中文", "Code <b> & \"q\"",
                at, at, List.of("Food"), null, author)));
    }

    private static SyndEntry render(FeedFormat format, Byline author) throws Exception {
        String xml = RomeFeeds.render(format, SITE, feed(author), "https://blog.example/feeds/" + format.fileName,
                Map.of(ID, HTML));
        assertThat(xml).contains("<?xml-stylesheet").contains("href=\"/feeds/feed.xsl\"");
        if (format == FeedFormat.ATOM) {
            assertThat(xml).contains("xml:base=\"https://blog.example/\"")
                    .contains("xml:base=\"https://blog.example/nandu\"");
        }
        return new SyndFeedInput().build(new StringReader(xml)).getEntries().get(0);
    }

    @Test
    void contentLinksAndImagesAreAbsoluteAgainstThePermalink() throws Exception {
        for (FeedFormat format : FeedFormat.values()) {
            SyndEntry entry = render(format, null);
            String html = entry.getContents().get(0).getValue();
            assertThat(html).as(format.name())
                    .contains("href=\"https://blog.example/other-post\"")
                    .contains("href=\"https://blog.example/nandu#how\"")
                    .contains("src=\"https://blog.example/images/chart.png\"")
                    .contains("srcset=\"https://blog.example/img/a.png 1x, https://blog.example/img/b.png 2x\"")
                    .contains("href=\"https://elsewhere.example/x?a=1&amp;b=2\"")
                    .contains("a &lt; b &amp;&amp; c == &quot;q&quot;")
                    .contains("Ελληνικά");
            assertThat(entry.getTitle()).isEqualTo("Ñandú: 中文");
        }
    }

    @Test
    void theAuthorIsTheRssCreatorAndTheAtomAuthorElseTheSiteInAtom() throws Exception {
        Byline ada = new Byline("Ada", "/avatars/ada.png", "https://profiles.example/ada");

        assertThat(render(FeedFormat.RSS, ada).getAuthor()).isEqualTo("Ada");
        SyndEntry atom = render(FeedFormat.ATOM, ada);
        assertThat(atom.getAuthors()).singleElement().satisfies(person -> {
            assertThat(person.getName()).isEqualTo("Ada");
            assertThat(person.getUri()).isEqualTo("https://profiles.example/ada");
        });
        assertThat(render(FeedFormat.ATOM, null).getAuthor()).isEqualTo("Example");
        assertThat(render(FeedFormat.RSS, null).getAuthor()).isNullOrEmpty();
    }

    @Test
    void theSitesLogoIsTheRssChannelImageAndTheAtomLogo() throws Exception {
        Site site = new Site(URI.create("https://blog.example"), "Example", "Posts.",
                Optional.of(URI.create("/logo.png")));
        for (FeedFormat format : FeedFormat.values()) {
            String xml = RomeFeeds.render(format, site, feed(null), "https://blog.example/feeds/" + format.fileName,
                    Map.of(ID, HTML));
            var image = new SyndFeedInput().build(new StringReader(xml)).getImage();
            assertThat(image).as(format.name()).isNotNull();
            assertThat(image.getUrl()).as(format.name()).isEqualTo("https://blog.example/logo.png");
        }
        assertThat(new SyndFeedInput().build(new StringReader(RomeFeeds.render(FeedFormat.RSS, SITE, feed(null),
                "https://blog.example/feeds/rss.xml", Map.of(ID, HTML)))).getImage()).as("no logo set").isNull();
    }
}
