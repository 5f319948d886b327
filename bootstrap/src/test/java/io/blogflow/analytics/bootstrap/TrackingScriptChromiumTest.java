package io.blogflow.analytics.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.blogflow.shared.bootstrap.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * /js/script.js in a real headless Chromium (Debian's {@code chromium}; installed with apt-get when missing and
 * possible, as {@code .ci/run} does): a page served by this test loads the script from the application, stays a
 * moment, navigates with {@code history.pushState}, and the page views and the engagement of the page left arrive
 * (each once).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class TrackingScriptChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/126.0.0.0 Safari/537.36";

    @TestHTTPResource("/")
    URL app;

    @Inject
    DataSource dataSource;

    @Test
    void pageViewsOnLoadAndOnHistoryNavigationAndTheEngagementOfThePageLeftArrive() throws Exception {
        assumeChromium();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String origin = app.toString().replaceAll("/$", "");
        String page = """
                <!doctype html><html><head><title>Chromium test</title>
                <script defer src="%s/js/script.js"></script></head>
                <body><p id="state">loading</p>
                <script>
                  window.addEventListener('load', function () {
                    setTimeout(function () {
                      history.pushState({}, '', '/chromium-%s/second');
                      setTimeout(function () { document.getElementById('state').textContent = 'done'; }, 500);
                    }, 700);
                  });
                </script></body></html>""".formatted(origin, run);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String first = "http://127.0.0.1:" + server.getAddress().getPort() + "/chromium-" + run + "/first";
            String dom = chromium(first);
            assertThat(dom).contains("done");
        } finally {
            server.stop(0);
        }

        // the second page's engagement also arrives when Chromium closes the page (pagehide), if it had visible time
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(events(run)).contains(
                "pageview /chromium-" + run + "/first",
                "pageview /chromium-" + run + "/second",
                "engagement /chromium-" + run + "/first"));
        assertThat(events(run)).containsOnlyOnce("pageview /chromium-" + run + "/first",
                "pageview /chromium-" + run + "/second", "engagement /chromium-" + run + "/first")
                .allMatch(event -> event.startsWith("pageview ") || event.startsWith("engagement "));
    }

    private static String chromium(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--user-agent=" + CHROME, "--virtual-time-budget=5000", "--dump-dom", url));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish in 60 s");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private List<String> events(String run) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement("SELECT name, path FROM analytics_events WHERE path LIKE ?")) {
            statement.setString(1, "/chromium-" + run + "/%");
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
            return found;
        }
    }

    /** Chromium, installed from Debian's packages when missing (needs root and the package index); else skipped. */
    private static void assumeChromium() throws InterruptedException {
        if (!Files.isExecutable(CHROMIUM)) {
            try {
                Process install = new ProcessBuilder("apt-get", "install", "-y", "chromium")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                install.waitFor(10, TimeUnit.MINUTES);
            } catch (IOException e) {
                // no apt-get: skipped below
            }
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at /usr/bin/chromium and `apt-get install -y chromium` did not install it");
    }
}
