package io.blogflow.blog.bootstrap;

import io.blogflow.blog.application.port.in.ChangePostStatusUseCase;
import io.blogflow.blog.application.port.in.CreatePostUseCase;
import io.blogflow.blog.application.port.in.PostRevisionsUseCase;
import io.blogflow.blog.application.port.in.PostTrashUseCase;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.in.PostMediaReferencesUseCase;
import io.blogflow.blog.application.port.in.RecordPostViewsUseCase;
import io.blogflow.blog.application.port.in.SelectPostIdsUseCase;
import io.blogflow.blog.application.port.in.PostCountersUseCase;
import io.blogflow.blog.application.port.out.PostEngagement;
import io.blogflow.blog.application.service.PostCountersService;
import io.blogflow.blog.application.port.out.PostIdSelection;
import io.blogflow.blog.application.port.out.PostMediaReferences;
import io.blogflow.blog.application.port.out.PostViewCounts;
import io.blogflow.blog.application.service.PostMediaReferencesService;
import io.blogflow.blog.application.service.RecordPostViewsService;
import io.blogflow.blog.application.service.SelectPostIdsService;
import io.blogflow.blog.application.port.in.PublishDuePostsUseCase;
import io.blogflow.blog.application.port.in.SearchPostsUseCase;
import io.blogflow.blog.application.port.in.SyndicationUseCase;
import io.blogflow.blog.application.port.in.TagsUseCase;
import io.blogflow.blog.application.port.in.DeletePostUseCase;
import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.application.port.in.ListPostsUseCase;
import io.blogflow.blog.application.port.in.GeneratedTextUseCase;
import io.blogflow.blog.application.port.in.UpdatePostUseCase;
import io.blogflow.blog.adapter.diff.JavaDiffUtilsTextDiffer;
import io.blogflow.blog.adapter.markdown.CommonmarkMarkdownRenderer;
import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.application.port.out.PostSearch;
import io.blogflow.blog.application.port.out.Bylines;
import io.blogflow.blog.application.port.out.PublishedPosts;
import io.blogflow.identity.application.port.in.PublicAuthorsUseCase;
import io.blogflow.blog.application.port.out.TagRepository;
import io.blogflow.blog.application.port.out.PostRevisionRepository;
import io.blogflow.blog.application.port.out.SlugRedirectRepository;
import io.blogflow.blog.application.service.CreatePostService;
import io.blogflow.blog.application.service.DeletePostService;
import io.blogflow.blog.application.service.GetPostService;
import io.blogflow.blog.application.service.ListPostsService;
import io.blogflow.blog.application.service.PostLifecycleService;
import io.blogflow.blog.application.service.PostRevisionsService;
import io.blogflow.blog.application.service.PostTrashService;
import io.blogflow.blog.application.service.PublicPostsService;
import io.blogflow.blog.application.service.SearchPostsService;
import io.blogflow.blog.application.service.SyndicationService;
import io.blogflow.blog.application.service.SyndicationSettings;
import io.blogflow.blog.application.service.TagsService;
import io.blogflow.blog.application.service.RevisionRecorder;
import io.blogflow.blog.application.service.PublishDuePostsJob;
import io.blogflow.blog.application.service.PurgeTrashJob;
import io.blogflow.blog.application.service.PostNotices;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.blog.application.service.PublishDuePostsService;
import io.blogflow.shared.bootstrap.Intervals;
import io.blogflow.blog.application.service.PostsPersonalData;
import io.blogflow.blog.application.service.GeneratedTextService;
import io.blogflow.blog.application.service.UpdatePostService;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.domain.ReviewPolicy;
import io.blogflow.blog.application.port.in.CategoriesUseCase;
import io.blogflow.blog.application.port.in.TopicClustersUseCase;
import io.blogflow.blog.application.port.out.CategoryRepository;
import io.blogflow.blog.application.port.out.PostImages;
import io.blogflow.blog.application.port.out.TopicClusterRepository;
import io.blogflow.blog.application.service.CategoriesService;
import io.blogflow.blog.application.service.PostPlacement;
import io.blogflow.blog.application.service.PostWritePipeline;
import io.blogflow.blog.application.service.TopicClustersService;
import io.blogflow.blog.adapter.markdown.CommonmarkMarkdownLinks;
import io.blogflow.blog.application.port.in.BrokenLinksUseCase;
import io.blogflow.blog.application.port.in.RedirectsUseCase;
import io.blogflow.blog.application.port.in.ResolveRedirectUseCase;
import io.blogflow.blog.application.port.out.MarkdownLinks;
import io.blogflow.blog.application.port.out.PostLinkRepository;
import io.blogflow.blog.application.port.out.RedirectRepository;
import io.blogflow.blog.application.service.BrokenLinksService;
import io.blogflow.blog.application.service.PostLinks;
import io.blogflow.blog.application.service.RedirectsService;
import io.blogflow.blog.application.service.ResolveRedirectService;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.bootstrap.BlogflowConfig;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.application.port.out.IdGenerator;
import io.blogflow.shared.application.port.out.Transactions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the blog context's framework-free use-case services from their ports. */
@Singleton
public class BlogProducers {

    @Produces
    @Singleton
    CreatePostUseCase createPost(Transactions transactions, IdGenerator ids, PostWritePipeline writes) {
        return new CreatePostService(transactions, ids, writes);
    }

    /** How every write of a post's text is saved: by a person, by an AI action, or restoring a revision. */
    @Produces
    @Singleton
    PostWritePipeline postWritePipeline(PostRepository posts, MarkdownRenderer renderer,
                                        SlugRedirectRepository redirects, PostPlacement placement,
                                        RevisionRecorder revisions, PostLinks links, AuditTrail audit,
                                        ReviewPolicy review, Clock clock) {
        return new PostWritePipeline(posts, renderer, redirects, placement, revisions, links, audit, review, clock);
    }

    @Produces
    @Singleton
    ChangePostStatusUseCase changePostStatus(PostRepository posts, Transactions transactions, Clock clock,
                                             AuditTrail audit, ReviewPolicy review, PostNotices notices) {
        return new PostLifecycleService(posts, transactions, clock, audit, review, notices);
    }

    /** The review gate's setting, for the services and the editor API's {@code review.required}. */
    @Produces
    @Singleton
    ReviewPolicy reviewPolicy(BlogflowConfig config) {
        return new ReviewPolicy(config.review().aiGeneratedRequiresApproval());
    }

    @Produces
    @Singleton
    PublishDuePostsUseCase publishDuePosts(PostRepository posts, Transactions transactions, Clock clock,
                                           AuditTrail audit, ReviewPolicy review, PostNotices notices) {
        return new PublishDuePostsService(posts, transactions, clock, audit, review, notices);
    }

    /** The lifecycle's notices (post.submitted, post.approved, …), also its notice catalogue. */
    @Produces
    @Singleton
    PostNotices postNotices(Notices notices, io.blogflow.blog.application.port.out.PostPublications publications) {
        return new PostNotices(notices, publications);
    }

    /** Posts in the trash longer than BLOGFLOW_CLEANUP_TRASH_RETENTION are deleted for good. */
    @Produces
    @Singleton
    PurgeTrashJob purgeTrash(PostRepository posts, Transactions transactions, AuditTrail audit, Clock clock,
                             BlogflowConfig config) {
        return new PurgeTrashJob(posts, transactions, audit, clock, Intervals.parse("blogflow.cleanup.interval",
                config.cleanup().interval()), config.cleanup().trashRetention());
    }

    /** Scheduled publishing every blogflow.publishing.interval (BLOGFLOW_PUBLISHING_INTERVAL, default 30s; off). */
    @Produces
    @Singleton
    PublishDuePostsJob publishDuePostsJob(PublishDuePostsUseCase publishing, BlogflowConfig config) {
        return new PublishDuePostsJob(publishing, Intervals.parse("blogflow.publishing.interval",
                config.publishing().interval()));
    }

    @Produces
    @Singleton
    PersonalDataHolder postsPersonalData(PostRepository posts) {
        return new PostsPersonalData(posts);
    }

    @Produces
    @Singleton
    GetPostUseCase getPost(PostRepository posts) {
        return new GetPostService(posts);
    }

    @Produces
    @Singleton
    ListPostsUseCase listPosts(PostRepository posts) {
        return new ListPostsService(posts);
    }

    @Produces
    @Singleton
    UpdatePostUseCase updatePost(PostRepository posts, Transactions transactions, PostWritePipeline writes) {
        return new UpdatePostService(posts, transactions, writes);
    }

    @Produces
    @Singleton
    GeneratedTextUseCase generatedText(PostRepository posts, Transactions transactions, PostWritePipeline writes) {
        return new GeneratedTextService(posts, transactions, writes);
    }


    @Produces
    @Singleton
    RevisionRecorder revisionRecorder(PostRevisionRepository revisions, IdGenerator ids, Clock clock) {
        return new RevisionRecorder(revisions, ids, clock);
    }

    @Produces
    @Singleton
    PostRevisionsUseCase postRevisions(PostRepository posts, PostRevisionRepository revisions,
                                       Transactions transactions, PostWritePipeline writes) {
        return new PostRevisionsService(posts, revisions, new JavaDiffUtilsTextDiffer(), transactions, writes);
    }

    @Produces
    @Singleton
    PostPlacement postPlacement(CategoryRepository categories, TopicClusterRepository clusters, PostImages images) {
        return new PostPlacement(categories, clusters, images);
    }

    @Produces
    @Singleton
    CategoriesUseCase categories(CategoryRepository categories, Transactions transactions, IdGenerator ids,
                                 AuditTrail audit) {
        return new CategoriesService(categories, transactions, ids, audit);
    }

    @Produces
    @Singleton
    TopicClustersUseCase topicClusters(TopicClusterRepository clusters, Transactions transactions, IdGenerator ids,
                                       AuditTrail audit) {
        return new TopicClustersService(clusters, transactions, ids, audit);
    }

    @Produces
    @Singleton
    TagsUseCase tags(TagRepository tags, PostRepository posts, Transactions transactions, IdGenerator ids,
                     AuditTrail audit, Clock clock) {
        return new TagsService(tags, posts, transactions, ids, audit, clock);
    }

    @Produces
    @Singleton
    SearchPostsUseCase searchPosts(PostSearch search, BlogflowConfig config) {
        return new SearchPostsService(search, config.publicReads().maxConcurrentSearches()
                .orElseGet(() -> SearchPostsService.defaultMaxConcurrent(Runtime.getRuntime().availableProcessors())));
    }

    @Produces
    @Singleton
    PublicPostsUseCase publicPosts(PostRepository posts, SlugRedirectRepository redirects,
                                   CategoryRepository categories, TopicClusterRepository clusters,
                                   PostEngagement engagement, PostCountersUseCase counters) {
        return new PublicPostsService(posts, redirects, categories, clusters, engagement, counters);
    }

    @Produces
    @Singleton
    PostCountersUseCase postCounters(PostViewCounts views, PostEngagement engagement) {
        return new PostCountersService(views, engagement);
    }

    /** Analytics hands its view totals here after each rollup (the blog's views counter). */
    @Produces
    @Singleton
    RecordPostViewsUseCase recordPostViews(PostViewCounts views, Transactions transactions) {
        return new RecordPostViewsService(views, transactions);
    }

    /** Analytics' dashboard filters (tag, category, author) become the posts' ids here. */
    @Produces
    @Singleton
    SelectPostIdsUseCase selectPostIds(PostIdSelection selection, Transactions transactions) {
        return new SelectPostIdsService(selection, transactions);
    }

    /** The media library asks before deleting an item whether a post shows it. */
    @Produces
    @Singleton
    PostMediaReferencesUseCase postMediaReferences(PostMediaReferences references, Transactions transactions) {
        return new PostMediaReferencesService(references, transactions);
    }

    @Produces
    @Singleton
    SyndicationUseCase syndication(PublishedPosts published, TagRepository tags, CategoryRepository categories,
                                   PublicPostsUseCase publicPosts, BlogflowConfig config, Bylines bylines) {
        return new SyndicationService(published, tags, categories, publicPosts,
                new SyndicationSettings(config.sitemap().maxUrls(), config.feeds().size()), bylines);
    }

    /** Authors' names and profiles are identity's: feeds and structured data ask its port.in. */
    @Produces
    @Singleton
    Bylines bylines(PublicAuthorsUseCase authors) {
        return new IdentityBylines(authors);
    }

    @Produces
    @Singleton
    Site site(BlogflowConfig config) {
        return new Site(config.site().url(), config.site().title(), config.site().description(),
                config.site().logoUrl());
    }

    @Produces
    @Singleton
    MarkdownRenderer markdownRenderer() {
        return new CommonmarkMarkdownRenderer();
    }

    @Produces
    @Singleton
    MarkdownLinks markdownLinks() {
        return new CommonmarkMarkdownLinks();
    }

    @Produces
    @Singleton
    PostLinks postLinks(PostRepository posts, PostLinkRepository index, MarkdownLinks markdownLinks,
                        MarkdownRenderer renderer, RevisionRecorder revisions, AuditTrail audit, Site site,
                        Clock clock) {
        return new PostLinks(posts, index, markdownLinks, renderer, revisions, audit, site, clock);
    }

    @Produces
    @Singleton
    RedirectsUseCase redirects(RedirectRepository redirects, PostRepository posts, Transactions transactions,
                               IdGenerator ids, Clock clock, AuditTrail audit, Site site) {
        return new RedirectsService(redirects, posts, transactions, ids, clock, audit, site);
    }

    @Produces
    @Singleton
    ResolveRedirectUseCase resolveRedirect(RedirectRepository redirects, SlugRedirectRepository slugRedirects,
                                           PostRepository posts, Site site) {
        return new ResolveRedirectService(redirects, slugRedirects, posts, site);
    }

    @Produces
    @Singleton
    BrokenLinksUseCase brokenLinks(PostLinkRepository links) {
        return new BrokenLinksService(links);
    }

    @Produces
    @Singleton
    DeletePostUseCase deletePost(PostRepository posts, Transactions transactions, AuditTrail audit, Clock clock) {
        return new DeletePostService(posts, transactions, audit, clock);
    }

    @Produces
    @Singleton
    PostTrashUseCase postTrash(PostRepository posts, Transactions transactions, Clock clock, AuditTrail audit) {
        return new PostTrashService(posts, transactions, clock, audit);
    }
}
