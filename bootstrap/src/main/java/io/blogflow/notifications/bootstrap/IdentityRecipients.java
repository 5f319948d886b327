package io.blogflow.notifications.bootstrap;

import io.blogflow.identity.application.port.in.ContactsUseCase;
import io.blogflow.identity.application.port.in.ContactsUseCase.Contact;
import io.blogflow.identity.domain.Role;
import io.blogflow.notifications.application.port.out.Recipients;
import io.blogflow.notifications.domain.Recipient;
import io.blogflow.shared.domain.notice.Audience;
import java.util.List;
import java.util.Set;

/** Notification audiences answered by the identity context: people by id, editors (and admins), admins. */
final class IdentityRecipients implements Recipients {

    private final ContactsUseCase contacts;

    IdentityRecipients(ContactsUseCase contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<Recipient> resolve(Audience audience) {
        List<Contact> found;
        if (audience instanceof Audience.People people) {
            found = people.ids().stream().flatMap(id -> contacts.find(id).stream()).toList();
        } else {
            found = contacts.withRoles(switch (((Audience.Everyone) audience).group()) {
                case EDITORS -> Set.of(Role.EDITOR, Role.ADMIN);
                case ADMINS -> Set.of(Role.ADMIN);
            });
        }
        return found.stream().map(c -> new Recipient(c.id(), c.email(), c.notifyOnReview(), c.notifyOnPublish(),
                c.notifyOnComment())).toList();
    }
}
