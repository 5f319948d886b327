package io.blogflow.identity.adapter.persistence;

import static io.blogflow.shared.adapter.persistence.ConstraintViolations.isViolationOf;

import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.IdentityErrors.EmailTaken;
import io.blogflow.identity.domain.IdentityErrors.UserNotFound;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.StaleVersionException;
import io.blogflow.shared.domain.UserId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheUserRepository implements UserRepository, PanacheRepositoryBase<UserJpaEntity, UUID> {

    private static final String UNIQUE_EMAIL = "uq_users_email";

    @Override
    public User add(User user) {
        UserJpaEntity row = UserMapper.toNewRow(user);
        flushing(user, () -> persist(row));
        return UserMapper.toDomain(row);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return findByIdOptional(id.value()).map(UserMapper::toDomain);
    }

    @Override
    public Optional<User> findByIdForUpdate(UserId id) {
        return findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE).map(UserMapper::toDomain);
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return find("email", email.value()).firstResultOptional().map(UserMapper::toDomain);
    }

    @Override
    public User update(User user) {
        UserJpaEntity row = findByIdOptional(user.id().value())
                .orElseThrow(() -> new UserNotFound(user.id().toString()));
        if (row.version != user.version()) {
            throw new StaleVersionException("user", row.version);
        }
        flushing(user, () -> UserMapper.copyState(user, row));
        return UserMapper.toDomain(row);
    }

    @Override
    public Page<User> findPage(PageRequest request) {
        var query = find("deletedAt is null", Sort.ascending("email"))
                .page(io.quarkus.panache.common.Page.of(request.page() - 1, request.size()));
        return new Page<>(query.list().stream().map(UserMapper::toDomain).toList(), request.page(), request.size(),
                query.count());
    }

    @Override
    public boolean isEmpty() {
        // SQL, not HQL: every start asks this (FirstRun), and the first HQL query of a JVM costs Hibernate's parser
        // warming up (about 7% of the main thread's CPU until ready), which the start then no longer pays.
        return !(Boolean) getEntityManager().createNativeQuery("SELECT EXISTS (SELECT 1 FROM users)")
                .getSingleResult();
    }

    @Override
    public long countActiveAdmins() {
        return count("role = ?1 and active = true and deletedAt is null", Role.ADMIN);
    }

    @Override
    public java.util.List<User> findActiveWithRoles(java.util.Set<Role> roles) {
        return list("role in ?1 and active = true and deletedAt is null", roles).stream().map(UserMapper::toDomain)
                .toList();
    }

    private void flushing(User user, Runnable write) {
        try {
            write.run();
            flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("user");
        } catch (PersistenceException e) {
            if (isViolationOf(e, UNIQUE_EMAIL)) {
                throw new EmailTaken(user.email());
            }
            throw e;
        }
    }
}
