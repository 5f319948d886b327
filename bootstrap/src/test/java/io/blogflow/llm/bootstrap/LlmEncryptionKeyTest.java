package io.blogflow.llm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without a usable key the application must not start; the message names the variable to set. */
class LlmEncryptionKeyTest {

    @Test
    void aMissingKeyIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> LlmProducers.encryptionKey(config(null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("BLOGFLOW_LLM_ENCRYPTION_KEY");
        assertThatThrownBy(() -> LlmProducers.encryptionKey(config("  ")))
                .hasMessageContaining("BLOGFLOW_LLM_ENCRYPTION_KEY");
    }

    @Test
    void aKeyThatIsNotBase64Or32BytesIsRefused() {
        assertThatThrownBy(() -> LlmProducers.encryptionKey(config("not base64!")))
                .hasMessageContaining("base64");
        assertThatThrownBy(() -> LlmProducers.encryptionKey(config(Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void a32ByteBase64KeyIsUsed() {
        byte[] key = new byte[32];
        key[0] = 7;
        assertThat(LlmProducers.encryptionKey(config(Base64.getEncoder().encodeToString(key)))).isEqualTo(key);
    }

    private static Optional<String> config(String key) {
        return Optional.ofNullable(key);
    }
}
