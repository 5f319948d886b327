package io.blogflow.analytics.adapter.persistence;

import io.blogflow.analytics.application.port.out.SaltRepository;
import io.blogflow.analytics.domain.DailySalt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Daily salts in {@code analytics_salts}; the first instance to store a day's salt wins, the others read it. */
@ApplicationScoped
public class PostgresSaltRepository implements SaltRepository {

    private final EntityManager em;

    public PostgresSaltRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<DailySalt> find(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<byte[]> found = em.createNativeQuery("SELECT salt FROM analytics_salts WHERE day = :day")
                .setParameter("day", Date.valueOf(day)).getResultList();
        return found.stream().findFirst().map(salt -> new DailySalt(day, salt));
    }

    @Override
    public DailySalt storeIfAbsent(DailySalt salt, Instant now) {
        em.createNativeQuery("INSERT INTO analytics_salts (day, salt, created_at) VALUES (:day, :salt, :now) "
                        + "ON CONFLICT (day) DO NOTHING")
                .setParameter("day", Date.valueOf(salt.day())).setParameter("salt", salt.key())
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        return find(salt.day()).orElseThrow();
    }

    @Override
    public int deleteBefore(LocalDate day) {
        return em.createNativeQuery("DELETE FROM analytics_salts WHERE day < :day")
                .setParameter("day", Date.valueOf(day)).executeUpdate();
    }
}
