package io.blogflow.identity.adapter.persistence;

import io.blogflow.identity.application.port.out.SessionRevocations;
import io.blogflow.identity.domain.SessionId;
import io.blogflow.shared.adapter.persistence.PostgresSignalChannels;
import io.blogflow.shared.application.port.out.SignalChannels;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Revocations reach every instance at once: this instance's cache forgets the sessions immediately, and
 * {@code NOTIFY blogflow_session_revocations, '<id>,<id>,…'} in the revoking transaction tells every instance's
 * {@link #subscriber} at commit (this one's too, which evicts again anything a concurrent request re-confirmed before
 * the commit). A logout or role change on one instance is refused by the others within the signal's delivery, not
 * after the cache's TTL.
 */
public final class PostgresSessionRevocations implements SessionRevocations {

    public static final String CHANNEL = "blogflow_session_revocations";
    /** 36-character ids and a comma each: 200 keep a payload far below PostgreSQL's 8,000-byte limit. */
    private static final int IDS_PER_SIGNAL = 200;

    private final EntityManager entityManager;
    private final SessionRevocations local;

    /** @param local the cache of this instance, told at once */
    public PostgresSessionRevocations(EntityManager entityManager, SessionRevocations local) {
        this.entityManager = entityManager;
        this.local = local;
    }

    /**
     * What hands every instance's revocations ({@link #CHANNEL}) to {@code local}, the cache of the listening
     * instance.
     */
    public static SignalChannels.Subscriber subscriber(SessionRevocations local) {
        return new SignalChannels.Subscriber() {
            @Override
            public void signalled(List<String> payloads) {
                local.revoked(payloads.stream().flatMap(payload -> List.of(payload.split(",")).stream())
                        .map(SessionId::parse).flatMap(Optional::stream).toList());
            }

            @Override
            public void mayHaveMissedSignals() {
                local.mayHaveMissedRevocations();
            }
        };
    }

    @Override
    public void revoked(Collection<SessionId> sessions) {
        local.revoked(sessions);
        List<SessionId> ids = new ArrayList<>(sessions);
        for (int from = 0; from < ids.size(); from += IDS_PER_SIGNAL) {
            PostgresSignalChannels.send(entityManager, CHANNEL, ids.subList(from,
                    Math.min(ids.size(), from + IDS_PER_SIGNAL)).stream().map(SessionId::toString)
                    .collect(Collectors.joining(",")));
        }
    }

    @Override
    public void mayHaveMissedRevocations() {
        local.mayHaveMissedRevocations();
    }
}
