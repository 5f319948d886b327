package io.blogflow.shared.adapter.rest;

import static org.mockito.Mockito.mock;

import io.blogflow.blog.adapter.rest.RenderedPublicAnswers;
import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.in.BrokenLinksUseCase;
import io.blogflow.blog.application.port.in.CategoriesUseCase;
import io.blogflow.blog.application.port.in.ChangePostStatusUseCase;
import io.blogflow.blog.application.port.in.CreatePostUseCase;
import io.blogflow.blog.application.port.in.DeletePostUseCase;
import io.blogflow.blog.application.port.in.GetPostUseCase;
import io.blogflow.blog.application.port.in.ListPostsUseCase;
import io.blogflow.blog.application.port.in.PostCountersUseCase;
import io.blogflow.blog.domain.PostCounters;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.application.port.in.PostRevisionsUseCase;
import io.blogflow.blog.application.port.in.PostTrashUseCase;
import io.blogflow.blog.application.port.in.PublicPostsUseCase;
import io.blogflow.blog.application.port.in.RedirectsUseCase;
import io.blogflow.blog.application.port.in.ResolveRedirectUseCase;
import io.blogflow.blog.application.port.in.SearchPostsUseCase;
import io.blogflow.blog.application.port.in.SyndicationUseCase;
import io.blogflow.blog.application.port.in.TagsUseCase;
import io.blogflow.blog.application.port.in.TopicClustersUseCase;
import io.blogflow.blog.application.port.in.UpdatePostUseCase;
import io.blogflow.blog.application.port.out.PostImages;
import io.blogflow.blog.domain.ReviewPolicy;
import io.blogflow.identity.adapter.rest.SessionCheckCache;
import io.blogflow.identity.application.port.in.AccountUseCase;
import io.blogflow.identity.application.port.in.ApiTokensUseCase;
import io.blogflow.identity.application.port.in.AuthenticateApiTokenUseCase;
import io.blogflow.identity.application.port.in.CheckSessionUseCase;
import io.blogflow.identity.application.port.in.LogInUseCase;
import io.blogflow.identity.application.port.in.RefreshSessionUseCase;
import io.blogflow.identity.application.port.in.SessionsUseCase;
import io.blogflow.identity.application.port.in.UserAdministrationUseCase;
import io.blogflow.images.adapter.rest.MediaPublicUrl;
import io.blogflow.images.application.port.in.DeleteMediaUseCase;
import io.blogflow.images.application.port.in.GenerateImageUseCase;
import io.blogflow.images.application.port.in.ImageCatalogUseCase;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.FormatValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.PromptExampleValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.SettingValues;
import io.blogflow.images.application.port.in.ImageCatalogUseCase.StyleValues;
import io.blogflow.images.application.port.in.MediaQueriesUseCase;
import io.blogflow.images.application.port.in.MediaVariantsUseCase;
import io.blogflow.images.application.port.in.SectionMediaUseCase;
import io.blogflow.images.application.port.in.UpdateMediaUseCase;
import io.blogflow.images.application.port.in.UploadMediaUseCase;
import io.blogflow.images.application.port.in.WatermarkSettingsUseCase;
import io.blogflow.images.domain.ImageFormat;
import io.blogflow.images.domain.ImageSetting;
import io.blogflow.images.domain.ImageStyle;
import io.blogflow.images.domain.PromptExample;
import io.blogflow.llm.application.port.in.AddPromptVersionUseCase;
import io.blogflow.llm.application.port.in.CreatePromptUseCase;
import io.blogflow.llm.application.port.in.InteractionLogUseCase;
import io.blogflow.llm.application.port.in.LlmModelsUseCase;
import io.blogflow.llm.application.port.in.LlmProvidersUseCase;
import io.blogflow.llm.application.port.in.PromptLabelsUseCase;
import io.blogflow.llm.application.port.in.PromptQueriesUseCase;
import io.blogflow.shared.application.port.in.PersonalDataUseCase;
import io.blogflow.shared.application.port.in.QueryAuditLogUseCase;
import io.blogflow.shared.application.port.out.RateLimiter;
import io.blogflow.workflow.application.port.in.ActionButtonsUseCase;
import io.blogflow.workflow.application.port.in.ActionRunsUseCase;
import io.blogflow.workflow.application.port.in.EditorialWorkspaceUseCase;
import io.blogflow.workflow.application.port.in.LlmActionsUseCase;
import io.blogflow.workflow.application.port.in.PostActionsUseCase;
import io.blogflow.workflow.application.port.in.PostProgressUseCase;
import io.blogflow.workflow.application.port.in.RunActionUseCase;
import io.blogflow.workflow.application.port.in.WorkflowDefinitionUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the REST slice runs this module's resources with instead of bootstrap's wiring: every use case is a Mockito
 * mock (a test stubs what it needs with {@code @InjectMock}), settings are fixed values, the rate limiter lets
 * everything through. A resource that asks for a new use case needs one more line here: the slice fails to start
 * with "Unsatisfied dependency for type …" until it has it.
 */
public class RestSliceBeans {

    @Produces
    @ApplicationScoped
    BrokenLinksUseCase brokenLinksUseCase() {
        return mock(BrokenLinksUseCase.class);
    }

    @Produces
    @ApplicationScoped
    CategoriesUseCase categoriesUseCase() {
        return mock(CategoriesUseCase.class);
    }

    @Produces
    @ApplicationScoped
    ChangePostStatusUseCase changePostStatusUseCase() {
        return mock(ChangePostStatusUseCase.class);
    }

    @Produces
    @ApplicationScoped
    CreatePostUseCase createPostUseCase() {
        return mock(CreatePostUseCase.class);
    }

    @Produces
    @ApplicationScoped
    DeletePostUseCase deletePostUseCase() {
        return mock(DeletePostUseCase.class);
    }

    @Produces
    @ApplicationScoped
    GetPostUseCase getPostUseCase() {
        return mock(GetPostUseCase.class);
    }

    @Produces
    @ApplicationScoped
    ListPostsUseCase listPostsUseCase() {
        return mock(ListPostsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    PostRevisionsUseCase postRevisionsUseCase() {
        return mock(PostRevisionsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    PostTrashUseCase postTrashUseCase() {
        return mock(PostTrashUseCase.class);
    }

    @Produces
    @ApplicationScoped
    PublicPostsUseCase publicPostsUseCase() {
        return mock(PublicPostsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    RedirectsUseCase redirectsUseCase() {
        return mock(RedirectsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    ResolveRedirectUseCase resolveRedirectUseCase() {
        return mock(ResolveRedirectUseCase.class);
    }

    @Produces
    @ApplicationScoped
    SearchPostsUseCase searchPostsUseCase() {
        return mock(SearchPostsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    SyndicationUseCase syndicationUseCase() {
        return mock(SyndicationUseCase.class);
    }

    @Produces
    @ApplicationScoped
    TagsUseCase tagsUseCase() {
        return mock(TagsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    TopicClustersUseCase topicClustersUseCase() {
        return mock(TopicClustersUseCase.class);
    }

    @Produces
    @ApplicationScoped
    UpdatePostUseCase updatePostUseCase() {
        return mock(UpdatePostUseCase.class);
    }

    /** Nobody read or reacted yet: every post counts zero. */
    @Produces
    @ApplicationScoped
    PostCountersUseCase postCounters() {
        return new PostCountersUseCase() {
            @Override
            public PostCounters counters(PostId post) {
                return PostCounters.ZERO;
            }

            @Override
            public Map<PostId, PostCounters> counters(List<PostId> posts) {
                return posts.stream()
                        .collect(Collectors.toMap(post -> post, post -> PostCounters.ZERO, (same, again) -> same));
            }
        };
    }

    @Produces
    @ApplicationScoped
    PostImages postImages() {
        return mock(PostImages.class);
    }

    @Produces
    @ApplicationScoped
    AccountUseCase accountUseCase() {
        return mock(AccountUseCase.class);
    }

    @Produces
    @ApplicationScoped
    ApiTokensUseCase apiTokensUseCase() {
        return mock(ApiTokensUseCase.class);
    }

    @Produces
    @ApplicationScoped
    AuthenticateApiTokenUseCase authenticateApiTokenUseCase() {
        return mock(AuthenticateApiTokenUseCase.class);
    }

    @Produces
    @ApplicationScoped
    CheckSessionUseCase checkSessionUseCase() {
        return mock(CheckSessionUseCase.class);
    }

    @Produces
    @ApplicationScoped
    LogInUseCase logInUseCase() {
        return mock(LogInUseCase.class);
    }

    @Produces
    @ApplicationScoped
    RefreshSessionUseCase refreshSessionUseCase() {
        return mock(RefreshSessionUseCase.class);
    }

    @Produces
    @ApplicationScoped
    SessionsUseCase sessionsUseCase() {
        return mock(SessionsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    UserAdministrationUseCase userAdministrationUseCase() {
        return mock(UserAdministrationUseCase.class);
    }

    @Produces
    @ApplicationScoped
    DeleteMediaUseCase deleteMediaUseCase() {
        return mock(DeleteMediaUseCase.class);
    }

    @Produces
    @ApplicationScoped
    GenerateImageUseCase generateImageUseCase() {
        return mock(GenerateImageUseCase.class);
    }

    @Produces
    @ApplicationScoped
    MediaQueriesUseCase mediaQueriesUseCase() {
        return mock(MediaQueriesUseCase.class);
    }

    @Produces
    @ApplicationScoped
    MediaVariantsUseCase mediaVariantsUseCase() {
        return mock(MediaVariantsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    SectionMediaUseCase sectionMediaUseCase() {
        return mock(SectionMediaUseCase.class);
    }

    @Produces
    @ApplicationScoped
    UpdateMediaUseCase updateMediaUseCase() {
        return mock(UpdateMediaUseCase.class);
    }

    @Produces
    @ApplicationScoped
    UploadMediaUseCase uploadMediaUseCase() {
        return mock(UploadMediaUseCase.class);
    }

    @Produces
    @ApplicationScoped
    WatermarkSettingsUseCase watermarkSettingsUseCase() {
        return mock(WatermarkSettingsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    InteractionLogUseCase interactionLogUseCase() {
        return mock(InteractionLogUseCase.class);
    }

    @Produces
    @ApplicationScoped
    LlmModelsUseCase llmModelsUseCase() {
        return mock(LlmModelsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    LlmProvidersUseCase llmProvidersUseCase() {
        return mock(LlmProvidersUseCase.class);
    }

    @Produces
    @ApplicationScoped
    PromptQueriesUseCase promptQueriesUseCase() {
        return mock(PromptQueriesUseCase.class);
    }

    @Produces
    @ApplicationScoped
    CreatePromptUseCase createPromptUseCase() {
        return mock(CreatePromptUseCase.class);
    }

    @Produces
    @ApplicationScoped
    AddPromptVersionUseCase addPromptVersionUseCase() {
        return mock(AddPromptVersionUseCase.class);
    }

    @Produces
    @ApplicationScoped
    PromptLabelsUseCase promptLabelsUseCase() {
        return mock(PromptLabelsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    PersonalDataUseCase personalDataUseCase() {
        return mock(PersonalDataUseCase.class);
    }

    @Produces
    @ApplicationScoped
    QueryAuditLogUseCase queryAuditLogUseCase() {
        return mock(QueryAuditLogUseCase.class);
    }

    @Produces
    @ApplicationScoped
    ActionButtonsUseCase actionButtonsUseCase() {
        return mock(ActionButtonsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    ActionRunsUseCase actionRunsUseCase() {
        return mock(ActionRunsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    EditorialWorkspaceUseCase editorialWorkspaceUseCase() {
        return mock(EditorialWorkspaceUseCase.class);
    }

    @Produces
    @ApplicationScoped
    LlmActionsUseCase llmActionsUseCase() {
        return mock(LlmActionsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    PostActionsUseCase postActionsUseCase() {
        return mock(PostActionsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    PostProgressUseCase postProgressUseCase() {
        return mock(PostProgressUseCase.class);
    }

    @Produces
    @ApplicationScoped
    RunActionUseCase runActionUseCase() {
        return mock(RunActionUseCase.class);
    }

    @Produces
    @ApplicationScoped
    WorkflowDefinitionUseCase workflowDefinitionUseCase() {
        return mock(WorkflowDefinitionUseCase.class);
    }

    @Produces
    @ApplicationScoped
    @SuppressWarnings("unchecked")
    ImageCatalogUseCase<ImageStyle, StyleValues> imageStyleCatalog() {
        return mock(ImageCatalogUseCase.class);
    }

    @Produces
    @ApplicationScoped
    @SuppressWarnings("unchecked")
    ImageCatalogUseCase<ImageFormat, FormatValues> imageFormatCatalog() {
        return mock(ImageCatalogUseCase.class);
    }

    @Produces
    @ApplicationScoped
    @SuppressWarnings("unchecked")
    ImageCatalogUseCase<ImageSetting, SettingValues> imageSettingCatalog() {
        return mock(ImageCatalogUseCase.class);
    }

    @Produces
    @ApplicationScoped
    @SuppressWarnings("unchecked")
    ImageCatalogUseCase<PromptExample, PromptExampleValues> promptExampleCatalog() {
        return mock(ImageCatalogUseCase.class);
    }

    @Produces
    @ApplicationScoped
    RateLimiter unlimited() {
        return (key, limit) -> new RateLimiter.Decision(true, limit.capacity(), limit.capacity() - 1, 0, 0);
    }

    @Produces
    RestLimits restLimits() {
        return new RestLimits(1024 * 1024, RestLimits.Uploads.none(), new RateLimiter.Limit(1000, Duration.ofMinutes(1)),
                new RateLimiter.Limit(1000, Duration.ofMinutes(1)));
    }

    @Produces
    SessionCheckCache sessionCheckCache() {
        return new SessionCheckCache(Duration.ofSeconds(5));
    }

    @Produces
    Site site() {
        return new Site(URI.create("https://blog.example.com"), "Slice", "The REST slice's site");
    }

    @Produces
    ReviewPolicy reviewPolicy() {
        return ReviewPolicy.APPROVAL_REQUIRED;
    }

    @Produces
    MediaPublicUrl mediaPublicUrl() {
        return new MediaPublicUrl(null, List.of(320, 640));
    }

    @Produces
    @ApplicationScoped
    RenderedPublicAnswers renderedPublicAnswers() {
        return new RenderedPublicAnswers(false, Duration.ofMinutes(1), 1_000_000);
    }

    /** The OpenAPI filter lists the registered image protocols at start; none in the slice. */
    @Produces
    @ApplicationScoped
    io.blogflow.images.application.port.in.ImageProtocolsUseCase imageProtocolsUseCase() {
        var protocols = mock(io.blogflow.images.application.port.in.ImageProtocolsUseCase.class);
        org.mockito.Mockito.when(protocols.protocolNames()).thenReturn(java.util.List.of());
        return protocols;
    }

    /** The OpenAPI filter lists the registered provider types at start; none in the slice. */
    @Produces
    @ApplicationScoped
    io.blogflow.llm.application.port.in.ProviderTypesUseCase providerTypesUseCase() {
        var types = mock(io.blogflow.llm.application.port.in.ProviderTypesUseCase.class);
        org.mockito.Mockito.when(types.providerTypes()).thenReturn(java.util.List.of());
        return types;
    }

    @Produces
    @ApplicationScoped
    io.blogflow.shared.application.port.in.JobAdministrationUseCase jobAdministrationUseCase() {
        return mock(io.blogflow.shared.application.port.in.JobAdministrationUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.identity.application.port.in.AccountSelfServiceUseCase accountSelfServiceUseCase() {
        return mock(io.blogflow.identity.application.port.in.AccountSelfServiceUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.notifications.application.port.in.MyNotificationsUseCase myNotificationsUseCase() {
        return mock(io.blogflow.notifications.application.port.in.MyNotificationsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.billing.application.port.in.PlanCatalogUseCase planCatalogUseCase() {
        return mock(io.blogflow.billing.application.port.in.PlanCatalogUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.billing.application.port.in.SubscriptionUseCase subscriptionUseCase() {
        return mock(io.blogflow.billing.application.port.in.SubscriptionUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.billing.application.port.in.UsageUseCase usageUseCase() {
        return mock(io.blogflow.billing.application.port.in.UsageUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.billing.application.port.in.InvoicesUseCase invoicesUseCase() {
        return mock(io.blogflow.billing.application.port.in.InvoicesUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.billing.application.port.in.PaymentsUseCase paymentsUseCase() {
        return mock(io.blogflow.billing.application.port.in.PaymentsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.billing.application.port.in.ManageInvoicesUseCase manageInvoicesUseCase() {
        return mock(io.blogflow.billing.application.port.in.ManageInvoicesUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.billing.application.port.in.RevenueUseCase revenueUseCase() {
        return mock(io.blogflow.billing.application.port.in.RevenueUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.billing.application.port.in.ProviderWebhookUseCase providerWebhookUseCase() {
        return mock(io.blogflow.billing.application.port.in.ProviderWebhookUseCase.class);
    }

    @Produces
    @jakarta.inject.Singleton
    java.time.Clock clock() {
        return java.time.Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    io.blogflow.comments.application.port.in.SubmitCommentUseCase submitCommentUseCase() {
        return mock(io.blogflow.comments.application.port.in.SubmitCommentUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.comments.application.port.in.PublicCommentsUseCase publicCommentsUseCase() {
        return mock(io.blogflow.comments.application.port.in.PublicCommentsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.comments.application.port.in.CommentFormUseCase commentFormUseCase() {
        return mock(io.blogflow.comments.application.port.in.CommentFormUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.comments.application.port.in.ModerateCommentsUseCase moderateCommentsUseCase() {
        return mock(io.blogflow.comments.application.port.in.ModerateCommentsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.comments.application.port.in.CommentSettingsUseCase commentSettingsUseCase() {
        return mock(io.blogflow.comments.application.port.in.CommentSettingsUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.comments.application.port.in.CommentBlocklistUseCase commentBlocklistUseCase() {
        return mock(io.blogflow.comments.application.port.in.CommentBlocklistUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.engagement.application.port.in.LikePostUseCase likePostUseCase() {
        return mock(io.blogflow.engagement.application.port.in.LikePostUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.engagement.application.port.in.LikeCommentUseCase likeCommentUseCase() {
        return mock(io.blogflow.engagement.application.port.in.LikeCommentUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.engagement.application.port.in.SharePostUseCase sharePostUseCase() {
        return mock(io.blogflow.engagement.application.port.in.SharePostUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.engagement.application.port.in.MailFeedbackUseCase mailFeedbackUseCase() {
        return mock(io.blogflow.engagement.application.port.in.MailFeedbackUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.engagement.application.port.in.SubscribeUseCase subscribeUseCase() {
        return mock(io.blogflow.engagement.application.port.in.SubscribeUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.engagement.application.port.in.ConfirmSubscriptionUseCase confirmSubscriptionUseCase() {
        return mock(io.blogflow.engagement.application.port.in.ConfirmSubscriptionUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.engagement.application.port.in.UnsubscribeUseCase unsubscribeUseCase() {
        return mock(io.blogflow.engagement.application.port.in.UnsubscribeUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.engagement.application.port.in.SubscriberAdministrationUseCase subscriberAdministrationUseCase() {
        return mock(io.blogflow.engagement.application.port.in.SubscriberAdministrationUseCase.class);
    }

    @Produces
    @ApplicationScoped
    io.blogflow.analytics.application.port.in.RecordEventsUseCase recordEventsUseCase() {
        return mock(io.blogflow.analytics.application.port.in.RecordEventsUseCase.class);
    }

    @Produces
    io.blogflow.analytics.adapter.rest.AnalyticsEdge analyticsEdge() {
        return new io.blogflow.analytics.adapter.rest.AnalyticsEdge(TrustedCountryHeader.NONE,
                new RateLimiter.Limit(1000, Duration.ofMinutes(1)));
    }

    @Produces
    TrustedCountryHeader trustedCountryHeader() {
        return TrustedCountryHeader.NONE;
    }

    @Produces
    @ApplicationScoped
    io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase analyticsDashboardUseCase() {
        return mock(io.blogflow.analytics.application.port.in.AnalyticsDashboardUseCase.class);
    }
}
