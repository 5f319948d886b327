package io.blogflow.identity.application.port.in;

import io.blogflow.identity.domain.User;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;

/** What admins ({@code actor}) do with accounts; every change is audited. Deactivation revokes all sessions. */
public interface UserAdministrationUseCase {

    User create(UserId actor, String name, String email, String password, String role);

    Page<User> list(PageRequest pageRequest);

    User get(UserId id);

    User changeRole(UserId actor, UserId id, String role);

    User deactivate(UserId actor, UserId id);

    User activate(UserId actor, UserId id);
}
