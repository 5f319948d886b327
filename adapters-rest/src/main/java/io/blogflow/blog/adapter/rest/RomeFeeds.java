package io.blogflow.blog.adapter.rest;

import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.blogflow.blog.application.FeedItem;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.in.SyndicationUseCase.Feed;
import io.blogflow.blog.domain.PostId;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * RSS 2.0 and Atom 1.0 documents built with Rome from one model: the item's permalink is its link and its stable
 * id (RSS {@code guid}, Atom {@code id}), the excerpt its description/summary, the rendered HTML its full content
 * (RSS {@code content:encoded}, Atom {@code <content type="html">}, links and images made absolute), its tags its
 * categories and its author the RSS {@code dc:creator} and Atom {@code author}. Both name the XSL stylesheet.
 */
final class RomeFeeds {

    /** Where the XSL stylesheet of the feeds is served ({@link FeedResource#stylesheet}). */
    static final String STYLESHEET_PATH = "/feeds/feed.xsl";

    private RomeFeeds() {
    }

    /** The publication's logo: RSS's channel image (which links back to the site), Atom's {@code logo}. */
    private static com.rometools.rome.feed.synd.SyndImage image(Site site, java.net.URI logo) {
        var image = new com.rometools.rome.feed.synd.SyndImageImpl();
        image.setUrl(logo.toString());
        image.setTitle(site.title());
        image.setLink(site.url() + "/");
        return image;
    }

    /** The feed document; {@code selfUrl} is where it is served, {@code contents} the items' HTML bodies. */
    static String render(FeedFormat format, Site site, Feed feed, String selfUrl, Map<PostId, String> contents) {
        SyndFeed syndFeed = new SyndFeedImpl();
        syndFeed.setFeedType(format.romeType);
        syndFeed.setTitle(feed.topic().map(topic -> site.title() + " – " + topic).orElse(site.title()));
        syndFeed.setDescription(feed.topic().map(topic -> "Posts on " + topic + " in " + site.title())
                .orElse(site.description()));
        syndFeed.setLink(site.url() + "/");
        site.logo().ifPresent(logo -> syndFeed.setImage(image(site, logo)));
        newest(feed, FeedItem::updatedAt).ifPresent(syndFeed::setPublishedDate);
        syndFeed.setEntries(feed.items().stream().map(item -> entry(format, site, item, contents.get(item.id())))
                .toList());
        if (format == FeedFormat.ATOM) {
            syndFeed.setUri(selfUrl);
            syndFeed.setLinks(List.of(link("alternate", site.url() + "/", "text/html"),
                    link("self", selfUrl, format.bareMediaType())));
            // Atom requires an author for every entry: the publication stands in where a post has none.
            syndFeed.setAuthors(List.of(person(site.title(), null)));
        } else {
            syndFeed.getModules().add(atomSelfLink(selfUrl, format));
        }
        WireFeed wire = syndFeed.createWireFeed();
        // A browser that opens the feed shows it through the stylesheet (same origin, so a site-relative path).
        wire.setStyleSheet(STYLESHEET_PATH);
        if (wire instanceof Channel channel) {
            newest(feed, FeedItem::publishedAt).ifPresent(channel::setPubDate);
            newest(feed, FeedItem::updatedAt).ifPresent(channel::setLastBuildDate);
        } else if (wire instanceof com.rometools.rome.feed.atom.Feed atom) {
            // xml:base for readers that meet a relative reference anyway (content links are made absolute).
            atom.setXmlBase(site.url() + "/");
            atom.getEntries().forEach(entry -> entry.setXmlBase(entry.getAlternateLinks().isEmpty() ? null
                    : entry.getAlternateLinks().get(0).getHref()));
        }
        try {
            return new WireFeedOutput().outputString(wire, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the " + format + " feed", e);
        }
    }

    private static SyndEntry entry(FeedFormat format, Site site, FeedItem item, String contentHtml) {
        String permalink = site.postUrl(item.slug()).toString();
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(item.title());
        entry.setLink(permalink);
        if (format == FeedFormat.ATOM) {
            // In RSS, Rome turns a missing uri into <guid isPermaLink="true"> with the link: exactly what we mean.
            entry.setUri(permalink);
            // Atom requires an author: the post's, else the publication's name.
            entry.setAuthors(List.of(item.author() == null ? person(site.title(), null)
                    : person(item.author().name(), item.author().profileUrl())));
        } else if (item.author() != null) {
            entry.setAuthor(item.author().name()); // RSS: dc:creator (RSS's own <author> is an email address)
        }
        entry.setPublishedDate(Date.from(item.publishedAt()));
        entry.setUpdatedDate(Date.from(item.updatedAt()));
        // Readers take an RSS description as HTML: plain text goes in as escaped HTML, or "<tag>" would vanish.
        entry.setDescription(format == FeedFormat.ATOM ? content("text/plain", item.excerpt())
                : content("text/html", escapedHtml(item.excerpt())));
        if (contentHtml != null) {
            entry.setContents(List.of(content("html", AbsoluteLinks.resolve(contentHtml, URI.create(permalink)))));
        }
        entry.setCategories(item.tags().stream().map(RomeFeeds::category).toList());
        return entry;
    }

    private static Optional<Date> newest(Feed feed, Function<FeedItem, Instant> date) {
        return feed.items().stream().map(date).max(Comparator.naturalOrder()).map(Date::from);
    }

    /** RSS has no self link of its own; the Atom namespace's {@code atom:link rel="self"} is the convention. */
    private static AtomLinkModule atomSelfLink(String selfUrl, FeedFormat format) {
        Link self = new Link();
        self.setRel("self");
        self.setHref(selfUrl);
        self.setType(format.bareMediaType());
        AtomLinkModule module = new AtomLinkModuleImpl();
        module.setLinks(List.of(self));
        return module;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static String escapedHtml(String text) {
        return text == null ? null : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private static SyndCategory category(String name) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        return category;
    }

    private static SyndPerson person(String name, String uri) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        person.setUri(uri);
        return person;
    }
}
