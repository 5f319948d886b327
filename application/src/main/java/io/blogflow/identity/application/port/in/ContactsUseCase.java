package io.blogflow.identity.application.port.in;

import io.blogflow.identity.domain.Role;
import io.blogflow.shared.domain.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How to reach people (for notifications): active accounts' addresses and notification preferences. */
public interface ContactsUseCase {

    record Contact(UserId id, String name, String email, boolean notifyOnReview, boolean notifyOnPublish,
                   boolean notifyOnComment) {
    }

    /** The person, if their account is active. */
    Optional<Contact> find(UserId id);

    List<Contact> withRoles(Set<Role> roles);
}
