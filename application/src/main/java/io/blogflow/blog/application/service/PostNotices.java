package io.blogflow.blog.application.service;

import io.blogflow.blog.application.port.in.ChangePostStatusUseCase.Move;
import io.blogflow.blog.application.port.out.PostPublications;
import io.blogflow.blog.domain.Post;
import io.blogflow.blog.domain.PostStatus;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.domain.UserId;
import io.blogflow.shared.domain.notice.Audience;
import io.blogflow.shared.domain.notice.EmailRule;
import io.blogflow.shared.domain.notice.Notice;
import io.blogflow.shared.domain.notice.NoticeCatalog;
import io.blogflow.shared.domain.notice.NoticeType;
import java.util.List;
import java.util.Map;

/**
 * What the editorial lifecycle tells people: editors hear of posts waiting for review, authors of their posts being
 * approved and published (by someone else, or by the schedule) and of a scheduled publication held for review.
 */
public final class PostNotices implements NoticeCatalog {

    public static final NoticeType SUBMITTED = new NoticeType("post.submitted", EmailRule.REVIEW_PREFERENCE);
    public static final NoticeType APPROVED = new NoticeType("post.approved", EmailRule.REVIEW_PREFERENCE);
    public static final NoticeType PUBLISHED = new NoticeType("post.published", EmailRule.PUBLISH_PREFERENCE);
    public static final NoticeType SCHEDULED_PUBLISHED = new NoticeType("post.scheduled-published",
            EmailRule.PUBLISH_PREFERENCE);
    public static final NoticeType SCHEDULED_HELD = new NoticeType("post.scheduled-held",
            EmailRule.PUBLISH_PREFERENCE);

    private final Notices notices;
    private final PostPublications publications;

    public PostNotices(Notices notices) {
        this(notices, PostPublications.NONE);
    }

    /** @param publications told of every publication, in its transaction */
    public PostNotices(Notices notices, PostPublications publications) {
        this.notices = notices;
        this.publications = publications;
    }

    @Override
    public List<NoticeType> noticeTypes() {
        return List.of(SUBMITTED, APPROVED, PUBLISHED, SCHEDULED_PUBLISHED, SCHEDULED_HELD);
    }

    /** After a person moved the post. */
    void moved(Post post, Move move, PostStatus before, UserId actor) {
        if (post.status() == PostStatus.PENDING_REVIEW && before != PostStatus.PENDING_REVIEW) {
            send(SUBMITTED, Audience.editors(), actor, post, "“" + title(post) + "” is waiting for review",
                    "It was submitted for review and waits for an editor's approval.");
        }
        if (move == Move.APPROVE) {
            toAuthor(APPROVED, actor, post, "“" + title(post) + "” was approved",
                    "An editor approved your post; it can be published.");
        }
        if (post.status() == PostStatus.PUBLISHED && before != PostStatus.PUBLISHED) {
            toAuthor(PUBLISHED, actor, post, "“" + title(post) + "” was published", "Your post is live.");
            publications.published(post);
        }
    }

    /** After the schedule came due: published, or held for review by the review gate. */
    void scheduledRun(Post post) {
        if (post.status() == PostStatus.PUBLISHED) {
            toAuthor(SCHEDULED_PUBLISHED, null, post, "“" + title(post) + "” was published as scheduled",
                    "Your scheduled post is live.");
            publications.published(post);
        } else {
            toAuthor(SCHEDULED_HELD, null, post, "“" + title(post) + "” was not published as scheduled",
                    "Its AI-generated text needs an editor's current approval, so it went to review instead.");
            send(SUBMITTED, Audience.editors(), null, post, "“" + title(post) + "” is waiting for review",
                    "Its scheduled publication was held: the AI-generated text needs an editor's approval.");
        }
    }

    private void toAuthor(NoticeType type, UserId actor, Post post, String title, String body) {
        post.authorId().ifPresent(author -> send(type, Audience.person(author), actor, post, title, body));
    }

    private void send(NoticeType type, Audience audience, UserId actor, Post post, String title, String body) {
        notices.send(Notice.of(type, audience, actor, title, body, "/api/v1/posts/" + post.id().value(),
                Map.of("postId", post.id().value().toString())));
    }

    private static String title(Post post) {
        String title = post.title().value();
        return title.length() > 120 ? title.substring(0, 119) + "…" : title;
    }
}
