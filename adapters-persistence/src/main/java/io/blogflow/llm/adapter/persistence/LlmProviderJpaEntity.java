package io.blogflow.llm.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** Row of {@code llm_providers}; the auth token only ever as AES-GCM sealed bytes. */
@Entity
@Table(name = "llm_providers")
public class LlmProviderJpaEntity {

    @Id
    UUID id;

    @Column(nullable = false, length = 80)
    String name;

    @Column(nullable = false, length = 20)
    String type;

    @Column(name = "base_url", nullable = false, length = 2000)
    String baseUrl;

    @Column(name = "auth_token_sealed")
    byte[] authTokenSealed;

    @Column(name = "connect_timeout_ms", nullable = false)
    int connectTimeoutMs;

    @Column(name = "read_timeout_ms", nullable = false)
    int readTimeoutMs;

    @Column(nullable = false)
    boolean enabled;

    @Version
    @Column(nullable = false)
    long version;
}
