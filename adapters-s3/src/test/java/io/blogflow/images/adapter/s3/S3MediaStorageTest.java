package io.blogflow.images.adapter.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogflow.images.adapter.media.MediaStorageContract;
import io.blogflow.images.application.port.out.MediaStorage;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 storage keeps the MediaStorage contract against a real S3 server (S3Mock, over HTTP); each test writes
 * under a key prefix of its own, so they start empty.
 */
class S3MediaStorageTest extends MediaStorageContract {

    private static final String BUCKET = "media";

    private static S3MockServer server;
    private static S3Client client;

    @BeforeAll
    static void startS3() throws Exception {
        server = S3MockServer.start(BUCKET);
        client = S3MediaStorage.client(Optional.of(server.endpoint()), "us-east-1", Optional.of("test-access-key"),
                Optional.of("test-secret-key"), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopS3() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected MediaStorage emptyStorage() {
        return new S3MediaStorage(client, BUCKET, "test-" + UUID.randomUUID() + "/");
    }

    @Test
    void objectsLiveUnderThePrefix() {
        String prefix = "site-" + UUID.randomUUID() + "/";
        new S3MediaStorage(client, BUCKET, prefix).put("3f2a9c0d1e.webp", new byte[] {1, 2, 3});

        assertThat(client.headObject(r -> r.bucket(BUCKET).key(prefix + "3f2a9c0d1e.webp")).contentLength())
                .isEqualTo(3);
    }

    @Test
    void twoInstancesSeeEachOthersMedia() {
        String prefix = "shared-" + UUID.randomUUID() + "/";
        S3MediaStorage first = new S3MediaStorage(client, BUCKET, prefix);
        S3MediaStorage second = new S3MediaStorage(client, BUCKET, prefix);

        first.put("abcdef.png", new byte[] {4, 5, 6});

        assertThat(second.get("abcdef.png")).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(4, 5, 6));
        second.delete("abcdef.png");
        assertThat(first.exists("abcdef.png")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "ab/../../x", "/etc/passwd", "abcd/efgh", "..abcd", "ABCD", "abc",
            "", "abcd efgh"})
    void keysOutsideTheMediaAlphabetAreRefused(String key) {
        MediaStorage storage = emptyStorage();

        assertThatThrownBy(() -> storage.put(key, new byte[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
    }
}
