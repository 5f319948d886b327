package io.blogflow.identity.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityAdaptersTest {

    @Test
    void argon2idHashesUseTheOwaspParametersAndVerify() {
        var hasher = new Argon2PasswordHasher();

        String hash = hasher.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.matches("wrong horse battery staple", hash)).isFalse();
        assertThat(hasher.hash("correct horse battery staple")).as("salted").isNotEqualTo(hash);
        assertThat(hasher.matches("anything", "!erased")).isFalse();
    }

    @Test
    void secretsCarry256BitsAndAreStoredAsSha256() {
        var secrets = new RandomSecretTokens();

        String secret = secrets.newSecret();

        assertThat(secret).hasSize(43).doesNotContain("+", "/", "=");
        assertThat(secrets.newSecret()).isNotEqualTo(secret);
        assertThat(secrets.hash(secret)).hasSize(64).isEqualTo(secrets.hash(secret));
    }

    @Test
    void theShippedCommonPasswordListIsLoaded() {
        var common = CommonPasswords.load();

        assertThat(common).hasSize(10_000).contains("password", "12345678", "baseball").doesNotContain("#");
    }
}
