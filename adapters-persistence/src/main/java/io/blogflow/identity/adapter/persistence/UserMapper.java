package io.blogflow.identity.adapter.persistence;

import io.blogflow.identity.domain.AuthorProfile;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.PersonName;
import io.blogflow.identity.domain.User;
import io.blogflow.identity.domain.UserPreferences;
import io.blogflow.shared.domain.UserId;
import java.util.List;

final class UserMapper {

    private UserMapper() {
    }

    static User toDomain(UserJpaEntity row) {
        AuthorProfileJpaEntity p = row.profile;
        UserPreferencesJpaEntity q = row.preferences;
        return User.rehydrate(new UserId(row.id), new PersonName(row.name), new Email(row.email), row.passwordHash,
                row.role, row.active, row.lastLoginAt, row.failedLoginAttempts, row.lockedUntil,
                row.passwordChangedAt, row.createdAt, row.updatedAt, row.deletedAt,
                new AuthorProfile(p.bio, p.avatarUrl, p.linkedinUrl, List.copyOf(p.expertiseTopics)),
                new UserPreferences(q.timezone, q.defaultPostingTime, q.contentTone, q.notifyOnReview,
                        q.notifyOnPublish, q.notifyOnComment),
                row.version);
    }

    static UserJpaEntity toNewRow(User user) {
        var row = new UserJpaEntity();
        row.id = user.id().value();
        row.createdAt = user.createdAt();
        row.profile = new AuthorProfileJpaEntity();
        row.profile.user = row;
        row.preferences = new UserPreferencesJpaEntity();
        row.preferences.user = row;
        copyState(user, row);
        return row;
    }

    /** Everything but identity, creation time and version, which stay under the row's control. */
    static void copyState(User user, UserJpaEntity row) {
        row.name = user.name().value();
        row.email = user.email().value();
        row.passwordHash = user.passwordHash();
        row.role = user.role();
        row.active = user.active();
        row.lastLoginAt = user.lastLoginAt();
        row.failedLoginAttempts = user.failedLoginAttempts();
        row.lockedUntil = user.lockedUntil();
        row.passwordChangedAt = user.passwordChangedAt();
        row.updatedAt = user.updatedAt();
        row.deletedAt = user.deletedAt();
        AuthorProfile profile = user.profile();
        row.profile.bio = profile.bio();
        row.profile.avatarUrl = profile.avatarUrl();
        row.profile.linkedinUrl = profile.linkedinUrl();
        row.profile.expertiseTopics = List.copyOf(profile.expertiseTopics());
        UserPreferences preferences = user.preferences();
        row.preferences.timezone = preferences.timezone();
        row.preferences.defaultPostingTime = preferences.defaultPostingTime();
        row.preferences.contentTone = preferences.contentTone();
        row.preferences.notifyOnReview = preferences.notifyOnReview();
        row.preferences.notifyOnPublish = preferences.notifyOnPublish();
        row.preferences.notifyOnComment = preferences.notifyOnComment();
    }
}
