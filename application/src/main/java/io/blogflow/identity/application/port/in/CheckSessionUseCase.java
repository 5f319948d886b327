package io.blogflow.identity.application.port.in;

import io.blogflow.identity.domain.SessionId;

/** Asked on every authenticated request: is the session behind this access token still alive? */
public interface CheckSessionUseCase {

    boolean isActive(SessionId session);
}
