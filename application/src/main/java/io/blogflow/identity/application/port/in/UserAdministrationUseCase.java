package io.blogflow.identity.application.port.in;

import io.blogflow.identity.domain.User;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;

/** What admins do with accounts. Deactivation revokes all sessions of the user. */
public interface UserAdministrationUseCase {

    User create(String name, String email, String password, String role);

    Page<User> list(PageRequest pageRequest);

    User get(UserId id);

    User changeRole(UserId id, String role);

    User deactivate(UserId id);

    User activate(UserId id);
}
