package io.blogflow.engagement.adapter.persistence;

import static io.blogflow.engagement.adapter.persistence.PostgresReactions.utc;

import io.blogflow.engagement.application.port.out.Fingerprints;
import io.blogflow.engagement.application.port.out.PersonalDataCipher;
import io.blogflow.engagement.application.port.out.SubscriberRepository;
import io.blogflow.engagement.domain.Consent;
import io.blogflow.engagement.domain.Fingerprint;
import io.blogflow.engagement.domain.Subscriber;
import io.blogflow.engagement.domain.SubscriberEmail;
import io.blogflow.engagement.domain.SubscriberId;
import io.blogflow.engagement.domain.SubscriberState;
import io.blogflow.engagement.domain.Topics;
import io.blogflow.shared.domain.Page;
import io.blogflow.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Subscribers in plain SQL: the address and name sealed with the subscriber's id as associated data. */
@ApplicationScoped
public class PostgresSubscriberRepository implements SubscriberRepository {

    private static final String COLUMNS = "id, email_sealed, name_sealed, topics, state, consent_at, consent_source, "
            + "consent_text_version, confirmation_hash, confirmation_expires_at, created_at, confirmed_at, "
            + "state_changed_at";

    private static final String INSERT = "INSERT INTO newsletter_subscribers (id, email_hash, email_sealed, "
            + "name_sealed, topics, state, consent_at, consent_source, consent_text_version, confirmation_hash, "
            + "confirmation_expires_at, created_at, confirmed_at, state_changed_at) VALUES ";
    private static final int COLUMN_COUNT = 14;
    /** Rows per INSERT statement of an import (14 parameters each; PostgreSQL takes up to 65,535). */
    private static final int INSERT_BATCH = 500;

    private final EntityManager em;
    private final PersonalDataCipher cipher;
    private final Fingerprints fingerprints;

    public PostgresSubscriberRepository(EntityManager em, PersonalDataCipher cipher, Fingerprints fingerprints) {
        this.em = em;
        this.cipher = cipher;
        this.fingerprints = fingerprints;
    }

    @Override
    public Optional<Subscriber> find(SubscriberId id) {
        return one(em.createNativeQuery("SELECT " + COLUMNS + " FROM newsletter_subscribers WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id.value()));
    }

    @Override
    public Optional<Subscriber> findByEmail(Fingerprint email) {
        return one(em.createNativeQuery("SELECT " + COLUMNS
                + " FROM newsletter_subscribers WHERE email_hash = ?1 FOR UPDATE").setParameter(1, email.hex()));
    }

    @Override
    public Optional<Subscriber> findByConfirmation(Fingerprint token) {
        return one(em.createNativeQuery("SELECT " + COLUMNS
                + " FROM newsletter_subscribers WHERE confirmation_hash = ?1 FOR UPDATE").setParameter(1, token.hex()));
    }

    @Override
    public boolean add(Subscriber s) {
        return addAll(List.of(s)) == 1;
    }

    @Override
    public int addAll(List<Subscriber> all) {
        int inserted = 0;
        for (int from = 0; from < all.size(); from += INSERT_BATCH) {
            List<Subscriber> chunk = all.subList(from, Math.min(all.size(), from + INSERT_BATCH));
            StringBuilder sql = new StringBuilder(INSERT);
            for (int row = 0; row < chunk.size(); row++) {
                sql.append(row == 0 ? "(" : ", (");
                for (int column = 1; column <= COLUMN_COUNT; column++) {
                    sql.append(column == 1 ? "?" : ", ?").append(row * COLUMN_COUNT + column);
                }
                sql.append(')');
            }
            Query query = em.createNativeQuery(sql.append(" ON CONFLICT (email_hash) DO NOTHING").toString());
            for (int row = 0; row < chunk.size(); row++) {
                bind(query, chunk.get(row), row * COLUMN_COUNT);
            }
            inserted += query.executeUpdate();
        }
        return inserted;
    }

    @Override
    public void update(Subscriber s) {
        bind(em.createNativeQuery("""
                UPDATE newsletter_subscribers SET email_hash = ?2, email_sealed = ?3, name_sealed = ?4, topics = ?5,
                    state = ?6, consent_at = ?7, consent_source = ?8, consent_text_version = ?9,
                    confirmation_hash = ?10, confirmation_expires_at = ?11, created_at = ?12, confirmed_at = ?13,
                    state_changed_at = ?14
                WHERE id = ?1"""), s).executeUpdate();
    }

    @Override
    public void delete(SubscriberId id) {
        em.createNativeQuery("DELETE FROM newsletter_subscribers WHERE id = ?1").setParameter(1, id.value())
                .executeUpdate();
    }

    @Override
    public Page<Subscriber> list(Optional<SubscriberState> state, Optional<Fingerprint> email, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        state.ifPresent(wanted -> {
            values.add(wanted.name());
            conditions.add("state = ?" + values.size());
        });
        email.ifPresent(wanted -> {
            values.add(wanted.hex());
            conditions.add("email_hash = ?" + values.size());
        });
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Query count = em.createNativeQuery("SELECT count(*) FROM newsletter_subscribers" + where);
        Query rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM newsletter_subscribers" + where
                + " ORDER BY created_at, id LIMIT " + page.size() + " OFFSET " + page.offset());
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
            rows.setParameter(i + 1, values.get(i));
        }
        return new Page<>(all(rows), page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    @Override
    public List<Subscriber> batchAfter(Optional<SubscriberId> after, int limit) {
        if (after.isEmpty()) {
            return all(em.createNativeQuery("SELECT " + COLUMNS + " FROM newsletter_subscribers ORDER BY id LIMIT ?1")
                    .setParameter(1, limit));
        }
        return all(em.createNativeQuery("SELECT " + COLUMNS
                        + " FROM newsletter_subscribers WHERE id > ?1 ORDER BY id LIMIT ?2")
                .setParameter(1, after.get().value()).setParameter(2, limit));
    }

    @Override
    public Map<SubscriberState, Long> countByState() {
        Map<SubscriberState, Long> counts = new EnumMap<>(SubscriberState.class);
        Arrays.stream(SubscriberState.values()).forEach(state -> counts.put(state, 0L));
        for (Object row : em.createNativeQuery("SELECT state, count(*) FROM newsletter_subscribers GROUP BY state")
                .getResultList()) {
            Object[] values = (Object[]) row;
            counts.put(SubscriberState.valueOf((String) values[0]), ((Number) values[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<Subscriber> recipientsWithoutDelivery(UUID issue, Set<String> topics, int limit) {
        return all(em.createNativeQuery("SELECT " + COLUMNS + " FROM newsletter_subscribers s "
                        + "WHERE state = 'ACTIVE' AND (cardinality(topics) = 0 OR topics && CAST(?1 AS text[])) "
                        + "AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d "
                        + "WHERE d.post_id = ?2 AND d.subscriber_id = s.id) ORDER BY id LIMIT ?3")
                .setParameter(1, topics.toArray(String[]::new)).setParameter(2, issue).setParameter(3, limit));
    }

    private Query bind(Query query, Subscriber s) {
        return bind(query, s, 0);
    }

    /** Binds the 14 columns of {@code s} to parameters {@code offset + 1} to {@code offset + 14}. */
    private Query bind(Query query, Subscriber s, int offset) {
        Object[] values = {s.id().value(), fingerprints.of(s.email()).hex(), cipher.seal(s.email().value(), s.id()),
                s.name().map(name -> cipher.seal(name, s.id())).orElse(null),
                s.topics().slugs().stream().sorted().toArray(String[]::new), s.state().name(),
                utc(s.consent().at()), s.consent().source(), s.consent().textVersion(),
                s.confirmationHash().map(Fingerprint::hex).orElse(null),
                s.confirmationExpiresAt().map(PostgresReactions::utc).orElse(null), utc(s.createdAt()),
                s.confirmedAt().map(PostgresReactions::utc).orElse(null), utc(s.stateChangedAt())};
        for (int i = 0; i < values.length; i++) {
            query.setParameter(offset + i + 1, values[i]);
        }
        return query;
    }

    private Optional<Subscriber> one(Query query) {
        return all(query).stream().findFirst();
    }

    private List<Subscriber> all(Query query) {
        List<Subscriber> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            found.add(subscriber((Object[]) row));
        }
        return found;
    }

    private Subscriber subscriber(Object[] row) {
        SubscriberId id = new SubscriberId((UUID) row[0]);
        String name = row[2] == null ? null : cipher.open((byte[]) row[2], id);
        Object topics = row[3];
        Set<String> slugs = Set.copyOf(Arrays.stream(array(topics)).map(String::valueOf).toList());
        return Subscriber.rehydrate(id, new SubscriberEmail(cipher.open((byte[]) row[1], id)), name,
                new Topics(slugs), SubscriberState.valueOf((String) row[4]),
                new Consent(instant(row[5]), (String) row[6], (String) row[7]),
                row[8] == null ? null : new Fingerprint(((String) row[8]).strip()), instant(row[9]),
                instant(row[10]), instant(row[11]), instant(row[12]));
    }

    static Object[] array(Object value) {
        if (value instanceof Object[] objects) {
            return objects;
        }
        if (value instanceof java.sql.Array array) {
            try {
                return (Object[]) array.getArray();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Object[0];
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Not a timestamp: " + value.getClass());
    }
}
