package io.blogflow.identity.adapter.persistence;

import io.blogflow.identity.application.port.out.AccountTokenRepository;
import io.blogflow.identity.domain.AccountToken;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.Role;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheAccountTokenRepository implements AccountTokenRepository,
        PanacheRepositoryBase<AccountTokenJpaEntity, String> {

    @Override
    public void add(AccountToken token) {
        var row = new AccountTokenJpaEntity();
        row.tokenHash = token.tokenHash();
        row.purpose = token.purpose().name();
        row.userId = token.userId().map(UserId::value).orElse(null);
        row.email = token.email().value();
        row.role = token.role().map(Role::name).orElse(null);
        row.createdBy = token.createdBy().map(UserId::value).orElse(null);
        row.createdAt = token.createdAt();
        row.expiresAt = token.expiresAt();
        row.usedAt = token.usedAt().orElse(null);
        persist(row);
    }

    @Override
    public Optional<AccountToken> findForUpdate(String tokenHash) {
        return Optional.ofNullable(getEntityManager().find(AccountTokenJpaEntity.class, tokenHash,
                LockModeType.PESSIMISTIC_WRITE)).map(PanacheAccountTokenRepository::toDomain);
    }

    @Override
    public void markUsed(String tokenHash, Instant at) {
        findByIdOptional(tokenHash).ifPresent(row -> row.usedAt = at);
    }

    @Override
    public List<AccountToken> findOf(UserId user, Email email) {
        return list("userId = ?1 or (purpose = 'INVITATION' and lower(email) = lower(?2)) order by createdAt",
                user.value(), email.value()).stream().map(PanacheAccountTokenRepository::toDomain).toList();
    }

    @Override
    public int deleteOf(UserId user, Email email) {
        return (int) delete("userId = ?1 or (purpose = 'INVITATION' and lower(email) = lower(?2))", user.value(),
                email.value());
    }

    @Override
    public int deleteExpiredBefore(Instant cutoff) {
        return (int) delete("expiresAt < ?1", cutoff);
    }

    private static AccountToken toDomain(AccountTokenJpaEntity row) {
        return new AccountToken(row.tokenHash, AccountToken.Purpose.valueOf(row.purpose),
                Optional.ofNullable(row.userId).map(UserId::new), new Email(row.email),
                Optional.ofNullable(row.role).map(Role::valueOf), row.createdAt, row.expiresAt,
                Optional.ofNullable(row.usedAt), Optional.ofNullable(row.createdBy).map(UserId::new));
    }
}
