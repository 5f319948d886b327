package io.blogflow.images.adapter.s3;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Adobe's S3Mock, a real S3 server speaking the wire protocol, started from its runnable jar (copied to
 * target/s3mock by the build) as a separate process: its Spring Boot stays off the test's classpath. Data lives in
 * a temporary directory and goes with the process.
 */
final class S3MockServer implements AutoCloseable {

    private static final Path JAR = Path.of("target", "s3mock", "s3mock.jar");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final URI endpoint;

    private S3MockServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** Starts S3Mock with {@code bucket} created, and waits until it answers. */
    static S3MockServer start(String bucket) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: the build copies it (process-test-resources)");
        }
        int http = freePort();
        int https = freePort();
        Path root = Files.createTempDirectory("s3mock");
        Path log = root.resolveSibling(root.getFileName() + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--com.adobe.testing.s3mock.httpPort=" + http, "--server.port=" + https,
                "--com.adobe.testing.s3mock.store.root=" + root,
                "--com.adobe.testing.s3mock.store.initialBuckets=" + bucket,
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        S3MockServer server = new S3MockServer(process, URI.create("http://127.0.0.1:" + http));
        server.awaitReady(log);
        return server;
    }

    URI endpoint() {
        return endpoint;
    }

    private void awaitReady(Path log) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock stopped at start; its log: " + Files.readString(log));
            }
            try {
                http.send(HttpRequest.newBuilder(endpoint.resolve("/")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return; // any HTTP answer: it is serving
            } catch (IOException notYet) {
                Thread.sleep(250); // polling a starting process: nothing to wait on but the port
            }
        }
        close();
        throw new IllegalStateException("S3Mock did not answer within " + START_TIMEOUT);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
