package io.blogflow.identity.application.service;

import io.blogflow.identity.application.AuthPolicy;
import io.blogflow.identity.application.port.in.IssuedTokens;
import io.blogflow.identity.application.port.out.AccessTokens;
import io.blogflow.identity.application.port.out.SecretTokens;
import io.blogflow.identity.application.port.out.SessionRepository;
import io.blogflow.identity.domain.ClientInfo;
import io.blogflow.identity.domain.RefreshTokenRecord;
import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.port.out.IdGenerator;
import java.time.Instant;

/** Starts sessions and issues token pairs for them; shared by login and refresh. Runs inside their transaction. */
public final class SessionIssuer {

    private final SessionRepository sessions;
    private final AccessTokens accessTokens;
    private final SecretTokens secrets;
    private final IdGenerator ids;
    private final AuthPolicy policy;

    public SessionIssuer(SessionRepository sessions, AccessTokens accessTokens, SecretTokens secrets, IdGenerator ids,
                         AuthPolicy policy) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.secrets = secrets;
        this.ids = ids;
        this.policy = policy;
    }

    IssuedTokens startFor(User user, ClientInfo client, Instant now) {
        Session session = Session.start(new SessionId(ids.newId()), user.id(), client, now, policy.sessionLifetime());
        sessions.add(session);
        return tokensFor(user, session.id(), now);
    }

    IssuedTokens tokensFor(User user, SessionId sessionId, Instant now) {
        String refreshToken = secrets.newSecret();
        sessions.addRefreshToken(new RefreshTokenRecord(secrets.hash(refreshToken), sessionId, now, null));
        AccessTokens.IssuedAccessToken access = accessTokens.issue(user, sessionId, now);
        return new IssuedTokens(access.token(), refreshToken, access.expiresInSeconds(), sessionId);
    }
}
