package io.blogflow.comments.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the public tree of a post's comments: approved comments, replies oldest first under their parent, and a
 * tombstone for a comment that is not public but has public replies. Subtrees with nothing public are left out.
 */
public final class CommentThread {

    private CommentThread() {
    }

    /**
     * @param roots    the top-level comments to show, in the order to show them
     * @param comments every comment under those roots (any state), the roots included
     */
    public static List<ThreadNode> build(List<CommentId> roots, List<Comment> comments) {
        Map<CommentId, Comment> byId = new HashMap<>();
        Map<CommentId, List<Comment>> children = new HashMap<>();
        List<Comment> oldestFirst = new ArrayList<>(comments);
        oldestFirst.sort(Comparator.comparing(Comment::createdAt).thenComparing(c -> c.id().value()));
        for (Comment comment : oldestFirst) {
            byId.put(comment.id(), comment);
            comment.parentId().ifPresent(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>())
                    .add(comment));
        }
        List<ThreadNode> nodes = new ArrayList<>();
        for (CommentId root : roots) {
            Optional.ofNullable(byId.get(root)).flatMap(comment -> node(comment, children)).ifPresent(nodes::add);
        }
        return nodes;
    }

    private static Optional<ThreadNode> node(Comment comment, Map<CommentId, List<Comment>> children) {
        List<ThreadNode> replies = new ArrayList<>();
        for (Comment reply : children.getOrDefault(comment.id(), List.of())) {
            node(reply, children).ifPresent(replies::add);
        }
        if (!comment.isPublic() && replies.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ThreadNode(comment.id(), comment.parentId(), comment.createdAt(),
                comment.isPublic() ? Optional.of(comment) : Optional.empty(), replies));
    }
}
