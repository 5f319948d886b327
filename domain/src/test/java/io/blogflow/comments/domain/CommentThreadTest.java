package io.blogflow.comments.domain;

import static io.blogflow.comments.domain.Comments.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommentThreadTest {

    @Test
    void repliesHangUnderTheirParentOldestFirstAndRootsKeepTheGivenOrder() {
        Comment first = Comments.approved(Optional.empty(), T0);
        Comment second = Comments.approved(Optional.empty(), T0.plusSeconds(10));
        Comment late = Comments.approved(Optional.of(first), T0.plusSeconds(30));
        Comment early = Comments.approved(Optional.of(first), T0.plusSeconds(20));

        List<ThreadNode> thread = CommentThread.build(List.of(second.id(), first.id()),
                List.of(late, second, first, early));

        assertThat(thread).extracting(ThreadNode::id).containsExactly(second.id(), first.id());
        assertThat(thread.get(1).replies()).extracting(ThreadNode::id).containsExactly(early.id(), late.id());
    }

    @Test
    void aHiddenCommentWithPublicRepliesBecomesATombstoneAndOneWithoutIsLeftOut() {
        Comment root = Comments.approved(Optional.empty(), T0);
        Comment reply = Comments.approved(Optional.of(root), T0.plusSeconds(1));
        Comment lonely = Comments.approved(Optional.empty(), T0.plusSeconds(2));
        Comment pendingReply = Comments.pending(Optional.of(lonely), T0.plusSeconds(3));
        root.moderate(ModerationAction.TRASH, T0.plusSeconds(5));
        lonely.moderate(ModerationAction.SPAM, T0.plusSeconds(5));

        List<ThreadNode> thread = CommentThread.build(List.of(root.id(), lonely.id()),
                List.of(root, reply, lonely, pendingReply));

        assertThat(thread).hasSize(1);
        assertThat(thread.get(0).tombstone()).isTrue();
        assertThat(thread.get(0).comment()).isEmpty();
        assertThat(thread.get(0).replies()).singleElement().satisfies(node -> {
            assertThat(node.tombstone()).isFalse();
            assertThat(node.comment()).contains(reply);
        });
    }
}
