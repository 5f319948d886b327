package io.blogflow.blog.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.blogflow.blog.application.Site;
import io.blogflow.blog.application.port.in.PostFieldValues;
import io.blogflow.blog.application.port.out.InMemoryPostLinkRepository;
import io.blogflow.blog.application.port.out.InMemoryPostRepository;
import io.blogflow.blog.application.port.out.InMemoryPostRevisionRepository;
import io.blogflow.blog.application.port.out.InMemorySlugRedirectRepository;
import io.blogflow.blog.application.port.out.MarkdownLinks;
import io.blogflow.blog.application.port.out.MarkdownRenderer;
import io.blogflow.blog.domain.CategoryId;
import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.LifecycleErrors;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MarkdownLink;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.blog.domain.PostRevision.Provenance;
import io.blogflow.blog.domain.ReviewPolicy;
import io.blogflow.blog.domain.SitePath;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.application.AuditTrail;
import io.blogflow.shared.application.AuditTrails;
import io.blogflow.shared.application.MutableClock;
import io.blogflow.shared.application.port.out.InMemoryAuditLog;
import io.blogflow.shared.application.port.out.InMemoryTransactions;
import io.blogflow.shared.domain.Actor;
import io.blogflow.shared.domain.AuditEntry;
import io.blogflow.shared.domain.UserId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The post write pipeline over the in-memory fakes: every way of writing a post's text runs the same steps. */
class PostWritePipelineTest {

    /** Stands in for the commonmark adapter: wraps the text in a paragraph. */
    private static final MarkdownRenderer RENDERER = markdown ->
            new MarkdownRenderer.Rendering("<p>" + markdown.value() + "</p>", markdown.value(), List.of());
    /** Inline links only, {@code [text](destination)}: enough Markdown for these tests. */
    private static final Pattern INLINE_LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final MarkdownLinks LINKS = markdown -> INLINE_LINK.matcher(markdown.value()).results()
            .map(match -> new MarkdownLink(match.group(1), match.start(1), match.end(1))).toList();
    private static final Actor AUTHOR = new Actor(new UserId(UUID.randomUUID()), false, true);
    private static final Actor EDITOR = new Actor(new UserId(UUID.randomUUID()), true, true);

    private final MutableClock clock = MutableClock.at("2026-03-01T09:00:00Z");
    private final InMemoryPostRepository posts = new InMemoryPostRepository();
    private final InMemorySlugRedirectRepository redirects = new InMemorySlugRedirectRepository();
    private final InMemoryPostRevisionRepository revisions = new InMemoryPostRevisionRepository();
    private final InMemoryPostLinkRepository linkIndex = new InMemoryPostLinkRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final AuditTrail audit = AuditTrails.inMemory(auditLog, clock);
    private final RevisionRecorder recorder = new RevisionRecorder(revisions, UUID::randomUUID, clock);
    private final PostLinks links = new PostLinks(posts, linkIndex, LINKS, RENDERER, recorder, audit,
            new Site(URI.create("https://blog.example"), "Blog", "About"), clock);
    private final PostWritePipeline writes = new PostWritePipeline(posts, RENDERER, redirects,
            EmptyTaxonomy.PLACEMENT, recorder, links, audit, ReviewPolicy.APPROVAL_REQUIRED, clock);

    @Test
    void aNewPostIsRenderedGivenAFreeSlugIndexedRevisedAndAudited() {
        create("Hello", "Read [this](/elsewhere).");

        Post post = create("Hello", "Read [this](/elsewhere).");

        assertThat(post.slug().value()).isEqualTo("hello-2");
        assertThat(post.body().html()).isEqualTo("<p>Read [this](/elsewhere).</p>");
        assertThat(post.excerpt().value()).isEqualTo("Read [this](/elsewhere).");
        assertThat(revisions.findByPost(post.id())).extracting(PostRevision::number, PostRevision::reason,
                PostRevision::provenance).containsExactly(tuple(1, "Created", Provenance.HUMAN));
        assertThat(linkIndex.postsLinkingTo(new SitePath("/elsewhere"))).contains(post.id());
        assertThat(auditLog.actions()).containsExactly("post.created", "post.created");
    }

    @Test
    void aPersonsEditAndAnAiActionsWriteDifferOnlyInTheRevisionsProvenance() {
        Post post = create("Draft", "First words.");

        Post edited = writes.edit(post, AUTHOR, writes.prepare(values("Draft", "Second words.")), "Typo",
                Provenance.HUMAN);
        Post written = writes.edit(edited, AUTHOR, writes.prepare(values("Draft", "Third words.")), "Rewritten",
                Provenance.AI);

        assertThat(written.content().value()).isEqualTo("Third words.");
        assertThat(written.body().wordCount()).isEqualTo(2);
        assertThat(revisions.findByPost(post.id())).extracting(PostRevision::reason, PostRevision::provenance)
                .containsExactly(tuple("Rewritten", Provenance.AI), tuple("Typo", Provenance.HUMAN),
                        tuple("Created", Provenance.HUMAN));
        assertThat(auditLog.actions()).containsExactly("post.created", "post.updated", "post.updated");
        AuditEntry last = auditLog.entries().get(2);
        assertThat(last.before()).containsEntry("contentLength", "Second words.".length());
        assertThat(last.after()).containsEntry("contentLength", "Third words.".length());
    }

    @Test
    void renamingAPublishedPostLeavesARedirectAndHealsTheLinksToIt() {
        Post target = create("Target", "Body.");
        target.publish(EDITOR, clock.instant(), ReviewPolicy.NO_APPROVAL);
        target = posts.update(target);
        Post linking = create("Linking", "Read [it](/target).");
        clock.advance(Duration.ofMinutes(1));

        writes.edit(target, EDITOR, writes.prepare(PostFieldValues.basic("Target", "moved", "Body.", "About it.",
                null)), "Shorter address", Provenance.HUMAN);

        assertThat(redirects.redirects()).containsEntry("target", target.id());
        Post healed = posts.findById(linking.id()).orElseThrow();
        assertThat(healed.content().value()).isEqualTo("Read [it](/moved).");
        assertThat(healed.body().html()).isEqualTo("<p>Read [it](/moved).</p>");
        assertThat(revisions.findByPost(linking.id()).get(0).reason()).isEqualTo("Link to /target healed: now /moved");
        assertThat(linkIndex.postsLinkingTo(new SitePath("/moved"))).containsExactly(linking.id());
        assertThat(auditLog.actions()).contains("post.links-healed");
    }

    @Test
    void restoringARevisionBringsBackItsTextAndDropsAFilingDeletedSince() {
        Post post = create("Now", "Current words.");
        revisions.add(new PostRevision(UUID.randomUUID(), post.id(), 2, AUTHOR.id(), clock.instant(), "Filed",
                Provenance.HUMAN, new PostRevision.Snapshot(new Title("Then"), new Slug("then"),
                        new MarkdownContent("Older words."), new MetaDescription("About then."), new Excerpt("Teaser"),
                        true, PostDetails.DEFAULT.inCategory(new CategoryId(UUID.randomUUID())))));

        Post restored = writes.restore(post, AUTHOR, revisions.find(post.id(), 2).orElseThrow());

        assertThat(restored.title().value()).isEqualTo("Then");
        assertThat(restored.slug().value()).isEqualTo("then");
        assertThat(restored.body().html()).isEqualTo("<p>Older words.</p>");
        assertThat(restored.excerpt().value()).isEqualTo("Teaser");
        assertThat(restored.details().category()).isNull();
        assertThat(revisions.findByPost(post.id()).get(0)).extracting(PostRevision::number, PostRevision::reason)
                .containsExactly(3, "Restored revision 2");
        assertThat(redirects.redirects()).isEmpty();
        assertThat(auditLog.entries().get(1).action()).isEqualTo("post.restored");
        assertThat(auditLog.entries().get(1).after()).containsEntry("revision", 2);
    }

    @Test
    void aiTextIsWrittenThroughThePipelineMarkedAsAiGeneratedAndOnlyOverWhatTheActionRead() {
        Post post = create("Draft", "Human words.");
        var text = new GeneratedTextService(posts, new InMemoryTransactions(), writes);

        assertThat(text.write(post.id(), AUTHOR, "content", "Something else", "AI words.", "Action")).isFalse();
        assertThat(text.write(post.id(), AUTHOR, "content", "Human words.", "AI words.", "Action")).isTrue();

        Post written = posts.findById(post.id()).orElseThrow();
        assertThat(written.content().value()).isEqualTo("AI words.");
        assertThat(written.body().html()).isEqualTo("<p>AI words.</p>");
        assertThat(written.details().aiGenerated()).isTrue();
        assertThat(revisions.findByPost(post.id())).extracting(PostRevision::reason, PostRevision::provenance)
                .containsExactly(tuple("Action", Provenance.AI), tuple("Created", Provenance.HUMAN));
        assertThat(auditLog.actions()).containsExactly("post.created", "post.updated");
    }

    @Test
    void anAuthorCanWithdrawTheAiDisclosureNeitherByEditingNorByRestoringButAnEditorCan() {
        Post post = create("Draft", "Human words.");
        new GeneratedTextService(posts, new InMemoryTransactions(), writes)
                .write(post.id(), AUTHOR, "content", "Human words.", "AI words.", "Action");
        Post disclosed = posts.findById(post.id()).orElseThrow();
        PostRevision humanOnly = revisions.find(post.id(), 1).orElseThrow();

        assertThatThrownBy(() -> writes.edit(disclosed, AUTHOR, writes.prepare(values("Draft", "Mine.")), null,
                Provenance.HUMAN)).isInstanceOf(LifecycleErrors.DisclosureLocked.class);
        assertThatThrownBy(() -> writes.restore(disclosed, AUTHOR, humanOnly))
                .isInstanceOf(LifecycleErrors.DisclosureLocked.class);
        assertThat(revisions.latestNumber(post.id())).isEqualTo(2);

        assertThat(writes.restore(disclosed, EDITOR, humanOnly).details().aiGenerated()).isFalse();
    }

    private Post create(String title, String content) {
        return writes.create(new PostId(UUID.randomUUID()), AUTHOR.id(), writes.prepare(values(title, content)));
    }

    private static PostFieldValues values(String title, String content) {
        return PostFieldValues.basic(title, null, content, "About it.", null);
    }
}
