package io.blogflow.comments.application.service;

import io.blogflow.comments.application.port.out.CommentedPosts.CommentedPost;
import io.blogflow.comments.application.port.out.EmailVault;
import io.blogflow.comments.domain.Comment;
import io.blogflow.comments.domain.CommentState;
import io.blogflow.shared.application.OutgoingMail;
import io.blogflow.shared.application.port.out.Notices;
import io.blogflow.shared.domain.mail.Mail;
import io.blogflow.shared.domain.notice.Audience;
import io.blogflow.shared.domain.notice.EmailRule;
import io.blogflow.shared.domain.notice.Notice;
import io.blogflow.shared.domain.notice.NoticeCatalog;
import io.blogflow.shared.domain.notice.NoticeType;
import java.util.List;
import java.util.Map;

/**
 * What comments tell people: a post's author hears of every new comment that is not spam (in the app, by email per
 * their comment preference); a commenter who opted in hears of a public reply to their comment (a signed-in one as
 * a notice, an anonymous one by email, through the job queue).
 */
public final class CommentNotices implements NoticeCatalog {

    public static final NoticeType NEW_COMMENT = new NoticeType("comment.new", EmailRule.COMMENT_PREFERENCE);
    public static final NoticeType REPLY = new NoticeType("comment.reply", EmailRule.COMMENT_PREFERENCE);
    public static final String REPLY_TEMPLATE = "comment-reply";

    private final Notices notices;
    private final OutgoingMail mail;
    private final EmailVault vault;
    private final String siteUrl;

    /** @param siteUrl the public site's address, for the link in reply emails */
    public CommentNotices(Notices notices, OutgoingMail mail, EmailVault vault, String siteUrl) {
        this.notices = notices;
        this.mail = mail;
        this.vault = vault;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    @Override
    public List<NoticeType> noticeTypes() {
        return List.of(NEW_COMMENT, REPLY);
    }

    void submitted(Comment comment, CommentedPost post) {
        if (comment.state() == CommentState.SPAM || post.author().isEmpty()) {
            return;
        }
        String title = "New comment on “" + shorten(post.title(), 120) + "”";
        String body = comment.author().name().value() + (comment.isPublic() ? " wrote: " : " wrote (awaits moderation): ")
                + shorten(comment.body().value(), 1500);
        notices.send(Notice.of(NEW_COMMENT, Audience.person(post.author().get()),
                comment.author().user().orElse(null), title, body,
                "/api/v1/comments?state=" + comment.state().code() + "&postId=" + post.id(), data(comment)));
    }

    /** The reply became public: its parent's author hears of it if they asked to. */
    void replied(Comment reply, Comment parent, CommentedPost post) {
        if (!parent.notifyOnReply() || parent.author().user().equals(reply.author().user())
                && parent.author().user().isPresent()) {
            return;
        }
        String title = reply.author().name().value() + " replied to your comment";
        String body = "On “" + shorten(post.title(), 120) + "”: " + shorten(reply.body().value(), 1500);
        String link = "/api/v1/public/posts/" + post.id() + "/comments";
        if (parent.author().user().isPresent()) {
            notices.send(Notice.of(REPLY, Audience.person(parent.author().user().get()),
                    reply.author().user().orElse(null), title, body, link, data(reply)));
        } else if (parent.author().email().isPresent()) {
            String to = vault.open(parent.author().email().get(), parent.id()).value();
            mail.queue(new Mail(to, shorten(title, 200), REPLY_TEMPLATE,
                    Map.of("title", title, "body", body, "link", siteUrl + link)));
        }
    }

    private static Map<String, String> data(Comment comment) {
        return Map.of("postId", comment.postId().toString(), "commentId", comment.id().toString(),
                "state", comment.state().code());
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
