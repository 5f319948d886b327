package io.blogflow.shared.bootstrap;

import io.blogflow.blog.application.port.out.PostRepository;
import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MediaRef;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.blog.domain.PostFields;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.RenderedBody;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Title;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.images.application.port.out.MediaRepository;
import io.blogflow.images.domain.Media;
import io.blogflow.images.domain.MediaId;
import io.blogflow.images.domain.MediaType;
import io.blogflow.llm.application.port.out.LlmModelRepository;
import io.blogflow.llm.application.port.out.LlmProviderRepository;
import io.blogflow.llm.domain.LlmModel;
import io.blogflow.llm.domain.LlmProvider;
import io.blogflow.llm.domain.ModelId;
import io.blogflow.llm.domain.PromptReference;
import io.blogflow.llm.domain.ProviderId;
import io.blogflow.llm.domain.ProviderType;
import io.blogflow.llm.domain.ProviderUrl;
import io.blogflow.shared.application.port.out.Transactions;
import io.blogflow.shared.domain.UserId;
import io.blogflow.workflow.application.port.out.EditorialWorkspaceRepository;
import io.blogflow.workflow.application.port.out.LlmActionRepository;
import io.blogflow.workflow.application.port.out.WorkflowDefinitionRepository;
import io.blogflow.workflow.domain.EditorialDocument;
import io.blogflow.workflow.domain.EditorialField;
import io.blogflow.workflow.domain.PostSection;
import io.blogflow.workflow.domain.WorkflowItem;
import io.blogflow.workflow.domain.WorkflowItemId;
import io.blogflow.workflow.domain.WorkflowKey;
import io.blogflow.workflow.domain.WorkflowLevel;
import io.blogflow.workflow.domain.WorkflowTree;
import io.blogflow.workflow.domain.action.ActionId;
import io.blogflow.workflow.domain.action.LlmAction;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rows the repository contract tests refer to, written through the ports in transactions of their own: the
 * database's foreign keys want a real account, post or section behind every id.
 */
@Singleton
public class StoredFixtures {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Inject
    Transactions transactions;

    @Inject
    UserRepository users;

    @Inject
    PostRepository posts;

    @Inject
    EditorialWorkspaceRepository workspaces;

    @Inject
    WorkflowDefinitionRepository definitions;

    @Inject
    LlmProviderRepository providers;

    @Inject
    LlmModelRepository models;

    @Inject
    LlmActionRepository actions;

    @Inject
    MediaRepository media;

    public UserId user() {
        return user(Role.AUTHOR);
    }

    public UserId user(Role role) {
        UserId id = new UserId(UUID.randomUUID());
        transactions.inTransaction(() -> users.add(User.register(id, new PersonName("Fixture " + role),
                new Email("fixture-" + id.value() + "@example.com"), "not-a-hash", role, AT)));
        return id;
    }

    public PostId post() {
        return post(user());
    }

    public PostId post(UserId author) {
        return post(author, PostDetails.DEFAULT);
    }

    /** A post showing {@code media} as its featured image. */
    public PostId postFeaturing(MediaId featured) {
        return post(user(), PostDetails.DEFAULT.withMedia(new MediaRef(featured.value()), null));
    }

    /** A draft filed in {@code category}. */
    public PostId postIn(io.blogflow.blog.domain.CategoryId category) {
        return post(user(), PostDetails.DEFAULT.inCategory(category));
    }

    /** A draft in {@code cluster}, its pillar or not. */
    public PostId postIn(io.blogflow.blog.domain.TopicClusterId cluster, boolean pillar) {
        var d = PostDetails.DEFAULT;
        return post(user(), new PostDetails(d.seo(), null, null, cluster, pillar, d.language(), null,
                d.showTableOfContents(), null, false, null, null));
    }

    private PostId post(UserId author, PostDetails details) {
        PostId id = new PostId(UUID.randomUUID());
        String slug = "fixture-" + id.value();
        transactions.inTransaction(() -> posts.add(Post.draft(id, author, PostFields.plain(new Title("Fixture"),
                new Slug(slug), new MarkdownContent("body"), RenderedBody.EMPTY, Excerpt.NONE,
                new MetaDescription("A fixture")).withDetails(details), AT)));
        return id;
    }

    /** A stored media item (a PNG nobody uses). */
    public MediaId media() {
        MediaId id = new MediaId(UUID.randomUUID());
        String checksum = (id.value().toString().replace("-", "") + "0".repeat(32)).substring(0, 64);
        transactions.inTransaction(() -> media.addUnlessDuplicate(new Media(id, "fixtures/" + id + ".png",
                MediaType.PNG, 100, 10, 10, null, null, null, checksum, null, AT, null, Map.of(), false, 0)));
        return id;
    }

    /** A new last section of the post's workspace. */
    public UUID sectionOf(PostId post) {
        UUID id = UUID.randomUUID();
        transactions.inTransaction(() -> {
            workspaces.lockWorkspace(post);
            int position = workspaces.sectionsOf(post).size() + 1;
            workspaces.insertSection(new PostSection(id, post, position,
                    EditorialDocument.empty(EditorialField.Scope.SECTION), 0));
        });
        return id;
    }

    /**
     * A stage of the default workflow with {@code subStages} sub-stages, as a tree of active items. They are stored
     * retired, so that the workflow other tests see stays as seeded: the repositories referring to them do not look
     * at retirement.
     */
    public WorkflowTree workflowOfOneStage(int subStages) {
        return transactions.inTransaction(() -> {
            var workflow = definitions.lockDefaultWorkflow(true, Instant.now());
            var active = new ArrayList<WorkflowItem>();
            WorkflowItem stage = storedRetired(WorkflowLevel.STAGE, workflow.id().value(), 1);
            active.add(stage);
            for (int i = 1; i <= subStages; i++) {
                active.add(storedRetired(WorkflowLevel.SUB_STAGE, stage.id().value(), i));
            }
            return WorkflowTree.of(workflow, active, false);
        });
    }

    /** A sub-stage (stored retired, under a stage of its own). */
    public WorkflowItemId subStage() {
        return workflowOfOneStage(1).stages().get(0).children().get(0).item().id();
    }

    /** A step (stored retired, under a sub-stage of its own). */
    public WorkflowItemId step() {
        WorkflowItemId subStage = subStage();
        return transactions.inTransaction(() -> storedRetired(WorkflowLevel.STEP, subStage.value(), 1)).id();
    }

    /** Stores a retired item and answers its active twin. */
    private WorkflowItem storedRetired(WorkflowLevel level, UUID parent, int position) {
        String key = "fixture-" + UUID.randomUUID();
        var item = new WorkflowItem(new WorkflowItemId(UUID.randomUUID()), level, parent, new WorkflowKey(key),
                "Fixture " + key.substring(8, 16), position, false, null, null, 0);
        definitions.add(item.retired(AT));
        return item;
    }

    /** A chat provider without models. */
    public ProviderId provider() {
        var provider = new ProviderId(UUID.randomUUID());
        transactions.inTransaction(() -> providers.add(new LlmProvider(provider, "Fixture " + provider.value(),
                new ProviderType("openai"), new ProviderUrl("https://llm.example.com/v1"), null,
                LlmProvider.DEFAULT_CONNECT_TIMEOUT, LlmProvider.DEFAULT_READ_TIMEOUT, true, 0)));
        return provider;
    }

    /** A model of a provider of its own. */
    public ModelId model() {
        var provider = provider();
        var model = new ModelId(UUID.randomUUID());
        transactions.inTransaction(() -> models.add(new LlmModel(model, provider, "fixture-model", null, null, null,
                Map.of(), BigDecimal.ONE, BigDecimal.TEN, true, 0)));
        return model;
    }

    /** An enabled action writing the main title, on a model of its own. */
    public ActionId action() {
        ActionId id = new ActionId(UUID.randomUUID());
        ModelId model = model();
        transactions.inTransaction(() -> actions.add(new LlmAction(id, "Fixture " + id.value(), null,
                PromptReference.production("fixture-prompt"), model, null, null, null, Duration.ofSeconds(30),
                List.of(), io.blogflow.workflow.domain.EditorialField.MAIN_TITLE, true, 0)));
        return id;
    }
}
