package io.blogflow.blog.application.port.out;

import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostRevision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link PostRevisionRepository} in memory; passes {@link PostRevisionRepositoryContract}. */
public final class InMemoryPostRevisionRepository implements PostRevisionRepository {

    private final List<PostRevision> revisions = new ArrayList<>();

    @Override
    public void add(PostRevision revision) {
        revisions.add(revision);
    }

    @Override
    public List<PostRevision> findByPost(PostId post) {
        return revisions.stream().filter(revision -> revision.postId().equals(post))
                .sorted(Comparator.comparingInt(PostRevision::number).reversed()).toList();
    }

    @Override
    public Optional<PostRevision> find(PostId post, int number) {
        return revisions.stream().filter(revision -> revision.postId().equals(post) && revision.number() == number)
                .findFirst();
    }

    @Override
    public int latestNumber(PostId post) {
        return findByPost(post).stream().mapToInt(PostRevision::number).findFirst().orElse(0);
    }
}
