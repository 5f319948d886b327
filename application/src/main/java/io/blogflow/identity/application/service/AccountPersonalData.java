package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.out.AccountTokenRepository;
import io.blogflow.identity.application.port.out.ApiTokenRepository;
import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.AccountToken;
import io.blogflow.identity.domain.ApiToken;
import io.blogflow.identity.domain.IdentityErrors.LastAdmin;
import io.blogflow.identity.domain.IdentityErrors.UserNotFound;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.port.out.PersonalDataHolder;
import io.blogflow.shared.domain.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity context's part of GDPR requests: the account, its profile, preferences, sessions, API tokens and
 * account tokens (verification, email change, password reset, invitations to the address; never their secrets).
 */
public final class AccountPersonalData implements PersonalDataHolder {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final ApiTokenRepository tokens;
    private final AccountTokenRepository accountTokens;
    private final SessionRevoker revoker;
    private final Clock clock;

    public AccountPersonalData(UserRepository users, SessionRepository sessions, ApiTokenRepository tokens,
                               AccountTokenRepository accountTokens, SessionRevoker revoker, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.accountTokens = accountTokens;
        this.revoker = revoker;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object export(UserId id) {
        User user = users.findById(id).orElseThrow(() -> new UserNotFound(id.toString()));
        var account = new LinkedHashMap<String, Object>(Snapshots.of(user));
        account.put("createdAt", text(user.createdAt()));
        account.put("lastLoginAt", text(user.lastLoginAt()));
        account.put("passwordChangedAt", text(user.passwordChangedAt()));
        account.put("profile", ordered("bio", user.profile().bio(), "avatarUrl", user.profile().avatarUrl(),
                "linkedinUrl", user.profile().linkedinUrl(), "expertiseTopics", user.profile().expertiseTopics()));
        account.put("preferences", ordered("timezone", user.preferences().timezone(),
                "defaultPostingTime", text(user.preferences().defaultPostingTime()),
                "contentTone", user.preferences().contentTone(),
                "notifyOnReview", user.preferences().notifyOnReview(),
                "notifyOnPublish", user.preferences().notifyOnPublish(),
                "notifyOnComment", user.preferences().notifyOnComment()));
        account.put("sessions", sessions.findByUser(id).stream().map(AccountPersonalData::session).toList());
        account.put("apiTokens", tokens.findByOwner(id).stream().map(AccountPersonalData::token).toList());
        account.put("accountTokens", accountTokens.findOf(id, user.email()).stream()
                .map(AccountPersonalData::accountToken).toList());
        return account;
    }

    @Override
    public void erase(UserId id, Optional<UserId> successor) {
        User user = users.findByIdForUpdate(id).filter(found -> !found.isErased())
                .orElseThrow(() -> new UserNotFound(id.toString()));
        if (user.role() == Role.ADMIN && user.active() && users.countActiveAdmins() <= 1) {
            throw new LastAdmin();
        }
        Instant now = clock.instant();
        accountTokens.deleteOf(id, user.email()); // before the address is anonymised: invitations are found by it
        user.erase(now);
        users.update(user);
        revoker.revokeAll(id, Optional.empty(), now, "erased");
        tokens.findByOwner(id).forEach(token -> {
            token.revoke(now);
            tokens.update(token);
        });
    }

    /** The account goes last, after other contexts have moved or anonymised what refers to it. */
    @Override
    public int erasureOrder() {
        return 100;
    }

    private static Map<String, Object> session(Session s) {
        return ordered("id", s.id().toString(), "ip", s.ip(), "userAgent", s.userAgent(),
                "createdAt", text(s.createdAt()), "lastUsedAt", text(s.lastUsedAt()), "revokedAt", text(s.revokedAt()));
    }

    private static Map<String, Object> token(ApiToken t) {
        return ordered("name", t.name(), "prefix", t.displayPrefix(), "scopes", List.copyOf(t.scopes()),
                "createdAt", text(t.createdAt()), "lastUsedAt", text(t.lastUsedAt()), "revokedAt", text(t.revokedAt()));
    }

    private static Map<String, Object> accountToken(AccountToken t) {
        return ordered("purpose", t.purpose().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "email", t.email().value(), "role", t.role().map(Enum::name).orElse(null),
                "createdAt", text(t.createdAt()), "expiresAt", text(t.expiresAt()),
                "usedAt", text(t.usedAt().orElse(null)));
    }

    /** A map in the given key order that, unlike {@code Map.of}, keeps absent (null) values as such. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
