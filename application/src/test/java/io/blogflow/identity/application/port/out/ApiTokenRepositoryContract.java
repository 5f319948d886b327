package io.blogflow.identity.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogflow.identity.domain.ApiToken;
import io.blogflow.identity.domain.User;
import io.blogflow.shared.application.port.out.RepositoryContract;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ApiTokenRepository} does; an implementation's test gives it and the accounts owning tokens. */
public abstract class ApiTokenRepositoryContract extends RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-08-01T10:00:00.123456Z");

    protected abstract ApiTokenRepository apiTokens();

    /** A stored account. */
    protected abstract User aUser();

    @Test
    void apiTokensAreFoundByTheirHashOrIdOnly() {
        User user = aUser();
        String hash = hash();
        ApiToken token = ApiToken.issue(UUID.randomUUID(), user, "ci", Set.of("posts:read"), null,
                "bf_" + "x".repeat(43), hash, NOW);

        tx(() -> apiTokens().add(token));

        var owned = tx(() -> apiTokens().findWithActiveOwner(hash)).orElseThrow();
        assertThat(owned.token()).usingRecursiveComparison().isEqualTo(token);
        assertThat(owned.ownerRole()).isEqualTo(user.role());
        assertThat(tx(() -> apiTokens().findByTokenId(token.id()))).get().usingRecursiveComparison()
                .isEqualTo(token);
        assertThat(tx(() -> apiTokens().findWithActiveOwner(hash()))).isEmpty();
    }

    @Test
    void aUseIsWrittenDownWithoutLoadingTheToken() {
        ApiToken token = ApiToken.issue(UUID.randomUUID(), aUser(), "ci", Set.of("posts:read"), null,
                "bf_" + "u".repeat(43), hash(), NOW);
        tx(() -> apiTokens().add(token));

        tx(() -> apiTokens().recordUse(token.id(), NOW.plusSeconds(90)));

        assertThat(tx(() -> apiTokens().findByTokenId(token.id())).orElseThrow().lastUsedAt())
                .isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void anOwnersTokensComeNewestFirstRevokedOnesIncluded() {
        User user = aUser();
        ApiToken older = ApiToken.issue(UUID.randomUUID(), user, "old", Set.of("posts:read"), null,
                "bf_" + "o".repeat(43), hash(), NOW);
        ApiToken newer = ApiToken.issue(UUID.randomUUID(), user, "new", Set.of("posts:read"), null,
                "bf_" + "n".repeat(43), hash(), NOW.plusSeconds(60));
        tx(() -> {
            apiTokens().add(older);
            apiTokens().add(newer);
        });

        older.revoke(NOW.plusSeconds(120));
        tx(() -> apiTokens().update(older));

        assertThat(tx(() -> apiTokens().findByOwner(user.id()))).extracting(ApiToken::id)
                .containsExactly(newer.id(), older.id());
        assertThat(tx(() -> apiTokens().findByTokenId(older.id())).orElseThrow().revokedAt())
                .isEqualTo(NOW.plusSeconds(120));
    }

    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
