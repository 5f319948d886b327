package io.blogflow.identity.adapter.persistence;

import io.blogflow.identity.application.port.out.ApiTokenRepository;
import io.blogflow.identity.domain.ApiToken;
import io.blogflow.identity.domain.Role;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class PanacheApiTokenRepository implements ApiTokenRepository, PanacheRepositoryBase<ApiTokenJpaEntity, UUID> {

    @Override
    public void add(ApiToken token) {
        var row = new ApiTokenJpaEntity();
        row.id = token.id();
        row.userId = token.ownerId().value();
        row.name = token.name();
        row.tokenPrefix = token.displayPrefix();
        row.tokenHash = token.secretHash();
        row.scopes = List.copyOf(token.scopes());
        row.createdAt = token.createdAt();
        row.expiresAt = token.expiresAt();
        copyState(token, row);
        persist(row);
    }

    /** One statement per API-token request: the owner's state and role come from the join, not a second read. */
    @Override
    public Optional<OwnedApiToken> findWithActiveOwner(String secretHash) {
        return getEntityManager().createQuery("""
                select t, u.role from ApiTokenJpaEntity t join UserJpaEntity u on u.id = t.userId
                where t.tokenHash = :hash and u.active = true and u.deletedAt is null""", Object[].class)
                .setParameter("hash", secretHash)
                .setHint(HibernateHints.HINT_READ_ONLY, true) // never written back: no dirty-checking snapshot
                .setMaxResults(1).getResultList().stream().findFirst()
                .map(row -> new OwnedApiToken(toDomain((ApiTokenJpaEntity) row[0]), (Role) row[1]));
    }

    @Override
    public Optional<ApiToken> findByTokenId(UUID id) {
        return findByIdOptional(id).map(PanacheApiTokenRepository::toDomain);
    }

    @Override
    public void update(ApiToken token) {
        findByIdOptional(token.id()).ifPresent(row -> copyState(token, row));
    }

    @Override
    public void recordUse(UUID tokenId, Instant at) {
        update("lastUsedAt = ?1 where id = ?2", at, tokenId);
    }

    @Override
    public List<ApiToken> findByOwner(UserId owner) {
        return list("userId", Sort.descending("createdAt"), owner.value()).stream()
                .map(PanacheApiTokenRepository::toDomain).toList();
    }

    private static void copyState(ApiToken token, ApiTokenJpaEntity row) {
        row.lastUsedAt = token.lastUsedAt();
        row.revokedAt = token.revokedAt();
    }

    private static ApiToken toDomain(ApiTokenJpaEntity row) {
        return ApiToken.rehydrate(row.id, new UserId(row.userId), row.name, row.tokenPrefix, row.tokenHash,
                Set.copyOf(row.scopes), row.createdAt, row.expiresAt, row.lastUsedAt, row.revokedAt);
    }
}
