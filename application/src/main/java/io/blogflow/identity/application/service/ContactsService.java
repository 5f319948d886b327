package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.in.ContactsUseCase;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.domain.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public final class ContactsService implements ContactsUseCase {

    private final UserRepository users;

    public ContactsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<Contact> find(UserId id) {
        return users.findById(id).filter(user -> user.active() && !user.isErased()).map(ContactsService::contact);
    }

    @Override
    public List<Contact> withRoles(Set<Role> roles) {
        return users.findActiveWithRoles(roles).stream().map(ContactsService::contact).toList();
    }

    private static Contact contact(User user) {
        var preferences = user.preferences();
        return new Contact(user.id(), user.name().value(), user.email().value(), preferences.notifyOnReview(),
                preferences.notifyOnPublish(), preferences.notifyOnComment());
    }
}
