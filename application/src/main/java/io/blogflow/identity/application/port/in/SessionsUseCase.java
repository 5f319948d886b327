package io.blogflow.identity.application.port.in;

import io.blogflow.identity.domain.Session;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.domain.UserId;
import java.util.List;

/** A user's own sessions: list them, log out, revoke one, or revoke all but the current one. */
public interface SessionsUseCase {

    List<Session> listActive(UserId owner);

    void logOut(SessionId current);

    /** Revokes one of the owner's sessions; another user's session id is "not found". */
    void revoke(UserId owner, SessionId session);

    int revokeAllExcept(UserId owner, SessionId current);
}
