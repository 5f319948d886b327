package io.blogflow.identity.application.service;

import io.blogflow.identity.application.port.out.AccessTokens;
import io.blogflow.identity.application.port.out.PasswordHasher;
import io.blogflow.identity.application.port.out.SecretTokens;
import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.identity.application.port.out.UserRepository;
import io.blogflow.identity.domain.Email;
import io.blogflow.identity.domain.RefreshTokenRecord;
import io.blogflow.identity.domain.Role;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import io.blogflow.shared.domain.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The identity ports in memory, for fast service tests (the Panache adapters are tested against PostgreSQL).
 * Objects are stored as given: services mutate loaded aggregates and save them, as with the real repositories.
 */
final class InMemoryIdentity {

    final Map<UserId, User> users = new HashMap<>();
    final Map<SessionId, Session> sessions = new HashMap<>();
    final Map<String, RefreshTokenRecord> refreshTokens = new HashMap<>();
    final AtomicInteger hashChecks = new AtomicInteger();

    final UserRepository userRepository = new UserRepository() {
        @Override
        public User add(User user) {
            users.put(user.id(), user);
            return user;
        }

        @Override
        public Optional<User> findById(UserId id) {
            return Optional.ofNullable(users.get(id));
        }

        @Override
        public Optional<User> findByIdForUpdate(UserId id) {
            return findById(id);
        }

        @Override
        public Optional<User> findByEmail(Email email) {
            return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
        }

        @Override
        public User update(User user) {
            return user;
        }

        @Override
        public Page<User> findPage(PageRequest pageRequest) {
            return new Page<>(List.copyOf(users.values()), 1, pageRequest.size(), users.size());
        }

        @Override
        public boolean isEmpty() {
            return users.isEmpty();
        }

        @Override
        public long countActiveAdmins() {
            return users.values().stream().filter(u -> u.role() == Role.ADMIN && u.active()).count();
        }

        @Override
        public List<User> findActiveWithRoles(java.util.Set<Role> roles) {
            return users.values().stream().filter(u -> roles.contains(u.role()) && u.active() && !u.isErased())
                    .toList();
        }
    };

    final SessionRepository sessionRepository = new SessionRepository() {
        @Override
        public void add(Session session) {
            sessions.put(session.id(), session);
        }

        @Override
        public Optional<Session> findById(SessionId id) {
            return Optional.ofNullable(sessions.get(id));
        }

        @Override
        public void update(Session session) {
            sessions.put(session.id(), session);
        }

        @Override
        public List<Session> findActiveByUser(UserId userId, Instant now) {
            return sessions.values().stream().filter(s -> s.userId().equals(userId) && s.isActiveAt(now)).toList();
        }

        @Override
        public List<Session> findByUser(UserId userId) {
            return sessions.values().stream().filter(s -> s.userId().equals(userId)).toList();
        }

        @Override
        public void addRefreshToken(RefreshTokenRecord token) {
            refreshTokens.put(token.tokenHash(), token);
        }

        @Override
        public Optional<RefreshTokenRecord> findRefreshTokenForUpdate(String tokenHash) {
            return Optional.ofNullable(refreshTokens.get(tokenHash));
        }

        @Override
        public void updateRefreshToken(RefreshTokenRecord token) {
            refreshTokens.put(token.tokenHash(), token);
        }

        @Override
        public int deleteEndedBefore(Instant cutoff) {
            var ended = sessions.values().stream().filter(s -> s.expiresAt().isBefore(cutoff)
                    || (s.revokedAt() != null && s.revokedAt().isBefore(cutoff))).map(Session::id).toList();
            ended.forEach(sessions::remove);
            refreshTokens.values().removeIf(token -> ended.contains(token.sessionId()));
            return ended.size();
        }
    };

    /** "Hashes" by prefixing, and counts every verification so tests can check equal work per refusal. */
    final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public String hash(String password) {
            return "hashed:" + password;
        }

        @Override
        public boolean matches(String password, String hash) {
            hashChecks.incrementAndGet();
            return hash.equals("hashed:" + password);
        }

        @Override
        public void spendVerificationTime(String password) {
            hashChecks.incrementAndGet();
        }
    };

    final SecretTokens secrets = new SecretTokens() {
        private final AtomicInteger counter = new AtomicInteger();

        @Override
        public String newSecret() {
            return "secret-" + counter.incrementAndGet();
        }

        @Override
        public String hash(String secret) {
            return "h(" + secret + ")";
        }
    };

    final AccessTokens accessTokens = (user, session, now) ->
            new AccessTokens.IssuedAccessToken("jwt-for-" + user.id() + "-" + session, 600);

    final List<SessionId> revokedNotifications = new ArrayList<>();
}
