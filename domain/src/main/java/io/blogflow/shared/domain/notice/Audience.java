package io.blogflow.shared.domain.notice;

import io.blogflow.shared.domain.UserId;
import java.util.Objects;
import java.util.Set;

/** Who a notice is for: named people, or everyone in a group (resolved when the notice is sent). */
public sealed interface Audience {

    record People(Set<UserId> ids) implements Audience {
        public People {
            ids = Set.copyOf(Objects.requireNonNull(ids, "ids"));
        }
    }

    record Everyone(Group group) implements Audience {
        public Everyone {
            Objects.requireNonNull(group, "group");
        }
    }

    /** Groups by role: editors include admins (both can review and publish everyone's posts). */
    enum Group {
        EDITORS, ADMINS
    }

    static Audience person(UserId id) {
        return new People(Set.of(id));
    }

    static Audience editors() {
        return new Everyone(Group.EDITORS);
    }

    static Audience admins() {
        return new Everyone(Group.ADMINS);
    }
}
