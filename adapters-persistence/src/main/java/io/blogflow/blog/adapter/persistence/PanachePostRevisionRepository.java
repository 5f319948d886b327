package io.blogflow.blog.adapter.persistence;

import io.blogflow.blog.application.port.out.PostRevisionRepository;
import io.blogflow.blog.domain.Excerpt;
import io.blogflow.blog.domain.MarkdownContent;
import io.blogflow.blog.domain.MetaDescription;
import io.blogflow.blog.domain.PostId;
import io.blogflow.blog.domain.PostDetails;
import io.blogflow.blog.domain.PostRevision;
import io.blogflow.blog.domain.Slug;
import io.blogflow.blog.domain.Title;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanachePostRevisionRepository
        implements PostRevisionRepository, PanacheRepositoryBase<PostRevisionJpaEntity, UUID> {

    @Override
    public void add(PostRevision revision) {
        var row = new PostRevisionJpaEntity();
        row.id = revision.id();
        row.postId = revision.postId().value();
        row.number = revision.number();
        row.authorId = revision.author() == null ? null : revision.author().value();
        row.createdAt = revision.createdAt();
        row.reason = revision.reason();
        row.provenance = revision.provenance().wire();
        var snapshot = revision.snapshot();
        row.title = snapshot.title().value();
        row.slug = snapshot.slug().value();
        row.contentMarkdown = snapshot.content().value();
        row.metaDescription = snapshot.metaDescription().value();
        row.excerpt = snapshot.excerpt().value();
        row.metadata = StoredDetails.of(snapshot.details(), snapshot.excerptGiven());
        persist(row);
    }

    @Override
    public List<PostRevision> findByPost(PostId post) {
        return list("postId", Sort.descending("number"), post.value()).stream()
                .map(PanachePostRevisionRepository::toDomain).toList();
    }

    @Override
    public Optional<PostRevision> find(PostId post, int number) {
        return find("postId = ?1 and number = ?2", post.value(), number).firstResultOptional()
                .map(PanachePostRevisionRepository::toDomain);
    }

    @Override
    public int latestNumber(PostId post) {
        Integer latest = getEntityManager()
                .createQuery("select max(r.number) from PostRevisionJpaEntity r where r.postId = :post", Integer.class)
                .setParameter("post", post.value()).getSingleResult();
        return latest == null ? 0 : latest;
    }

    private static PostRevision toDomain(PostRevisionJpaEntity row) {
        return new PostRevision(row.id, new PostId(row.postId), row.number,
                row.authorId == null ? null : new UserId(row.authorId), row.createdAt, row.reason,
                PostRevision.Provenance.fromWire(row.provenance),
                new PostRevision.Snapshot(new Title(row.title), new Slug(row.slug),
                        new MarkdownContent(row.contentMarkdown), new MetaDescription(row.metaDescription),
                        new Excerpt(row.excerpt), row.metadata != null && row.metadata.excerptGiven(),
                        row.metadata == null ? PostDetails.DEFAULT : row.metadata.toDomain()));
    }
}
