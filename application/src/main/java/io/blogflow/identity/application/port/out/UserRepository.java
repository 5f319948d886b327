package io.blogflow.identity.application.port.out;

import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.util.Optional;

/** Where accounts live. {@code add} throws {@code EmailTaken} when storage refuses a duplicate email. */
public interface UserRepository {

    User add(User user);

    Optional<User> findById(UserId id);

    /** Loads the account and locks its row until the transaction ends (login bookkeeping must not lose updates). */
    Optional<User> findByIdForUpdate(UserId id);

    Optional<User> findByEmail(Email email);

    /** Stores the changed account and returns it with its new version. */
    User update(User user);

    Page<User> findPage(PageRequest pageRequest);

    boolean isEmpty();

    long countActiveAdmins();

    /** Active, not erased users holding one of the roles. */
    java.util.List<User> findActiveWithRoles(java.util.Set<io.blogflow.identity.domain.Role> roles);
}
