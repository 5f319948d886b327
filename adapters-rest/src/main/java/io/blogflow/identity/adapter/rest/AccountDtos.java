package io.blogflow.identity.adapter.rest;

import io.blogflow.identity.domain.AuthorProfile;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.identity.domain.User;
import io.blogflow.identity.domain.UserPreferences;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of {@code /api/v1/me}, {@code /api/v1/admin/users} and the public author profile. */
final class AccountDtos {

    private AccountDtos() {
    }

    @Schema(name = "AuthorProfile")
    record ProfileDto(@Schema(maxLength = 2000) String bio,
                      @Schema(description = "Absolute http(s) URL.") String avatarUrl,
                      @Schema(description = "Absolute http(s) URL.") String linkedinUrl,
                      @Schema(maxItems = 20) List<String> expertiseTopics) {

        static ProfileDto from(AuthorProfile profile) {
            return new ProfileDto(profile.bio(), profile.avatarUrl(), profile.linkedinUrl(), profile.expertiseTopics());
        }

        AuthorProfile toDomain() {
            return new AuthorProfile(bio, avatarUrl, linkedinUrl, expertiseTopics);
        }
    }

    @Schema(name = "UserPreferences")
    record PreferencesDto(@Schema(examples = "Europe/London") String timezone,
                          @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                  examples = "09:30") LocalTime defaultPostingTime,
                          String contentTone,
                          @Schema(required = true) boolean notifyOnReview,
                          @Schema(required = true) boolean notifyOnPublish,
                          @Schema(required = true) boolean notifyOnComment) {

        static PreferencesDto from(UserPreferences p) {
            return new PreferencesDto(p.timezone(), p.defaultPostingTime(), p.contentTone(), p.notifyOnReview(),
                    p.notifyOnPublish(), p.notifyOnComment());
        }

        UserPreferences toDomain() {
            return new UserPreferences(timezone, defaultPostingTime, contentTone, notifyOnReview, notifyOnPublish,
                    notifyOnComment);
        }
    }

    @Schema(name = "Account")
    record AccountResponse(@Schema(required = true) UUID id, String name, String email,
                           @Schema(enumeration = {"contributor", "author", "editor", "admin"}) String role,
                           @Schema(required = true) boolean active,
                           Instant lastLoginAt,
                           Instant lockedUntil,
                           @Schema(required = true) Instant createdAt,
                           Instant updatedAt, ProfileDto profile, PreferencesDto preferences) {

        static AccountResponse from(User user) {
            return new AccountResponse(user.id().value(), user.name().value(), user.email().value(),
                    user.role().name().toLowerCase(Locale.ROOT), user.active(), user.lastLoginAt(),
                    user.lockedUntil(), user.createdAt(), user.updatedAt(), ProfileDto.from(user.profile()),
                    PreferencesDto.from(user.preferences()));
        }
    }

    /**
     * Partial update of one's own account: absent parts stay as they are; the profile replaces whole, preferences
     * change one by one.
     */
    @Schema(name = "AccountPatch")
    record AccountPatch(@Schema(maxLength = 100) String name, ProfileDto profile, PreferencesPatch preferences) {
    }

    /** The preferences to change; each one left out (or null) keeps its value. */
    @Schema(name = "UserPreferencesPatch", description = "Only the preferences sent change; the others keep their "
            + "value. An empty contentTone clears it.")
    record PreferencesPatch(@Schema(examples = "Europe/London") String timezone,
                            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                    examples = "09:30") LocalTime defaultPostingTime,
                            String contentTone, Boolean notifyOnReview, Boolean notifyOnPublish,
                            Boolean notifyOnComment) {

        io.blogflow.identity.domain.PreferencesChange toDomain() {
            return new io.blogflow.identity.domain.PreferencesChange(timezone, defaultPostingTime, contentTone,
                    notifyOnReview, notifyOnPublish, notifyOnComment);
        }
    }

    @Schema(name = "PasswordChange")
    record PasswordChange(@Schema(required = true, format = "password") String currentPassword,
                          @Schema(required = true, format = "password", minLength = 8, maxLength = 128)
                          String newPassword) {
    }

    @Schema(name = "ErasureConfirmation")
    record ErasureConfirmation(@Schema(required = true, format = "password") String password) {
    }

    @Schema(name = "Session")
    record SessionResponse(@Schema(required = true) UUID id,
                           String ip,
                           String userAgent,
                           @Schema(required = true) Instant createdAt,
                           Instant lastUsedAt,
                           Instant expiresAt,
                           @Schema(required = true, description = "The session of this request.") boolean current) {

        static SessionResponse from(Session session, SessionId current) {
            return new SessionResponse(session.id().value(), session.ip(), session.userAgent(), session.createdAt(),
                    session.lastUsedAt(), session.expiresAt(), session.id().equals(current));
        }
    }

    @Schema(name = "RevokedSessions")
    record RevokedCount(@Schema(required = true) int revoked) {
    }

    @Schema(name = "NewUser")
    record CreateUserRequest(@Schema(required = true) String name, @Schema(required = true) String email,
                             @Schema(required = true, format = "password") String password,
                             @Schema(required = true, enumeration = {"contributor", "author", "editor", "admin"})
                             String role) {
    }

    @Schema(name = "RoleChange")
    record RoleChange(@Schema(required = true, enumeration = {"contributor", "author", "editor", "admin"})
                      String role) {
    }

    @Schema(name = "Author")
    record AuthorResponse(@Schema(required = true) UUID id, String name, ProfileDto profile) {

        static AuthorResponse from(User user) {
            return new AuthorResponse(user.id().value(), user.name().value(), ProfileDto.from(user.profile()));
        }
    }
}
