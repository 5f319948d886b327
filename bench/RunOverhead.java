import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What metering costs a whole LLM run, for bench/billing.sh (run as a single-file program:
 * java bench/RunOverhead.java METERED_BASE UNMETERED_BASE TOKEN ACTION POSTS_FILE WARMUP PAIRS).
 * The two instances share one database; the only difference is BLOGFLOW_LLM_METERED. Runs go in pairs, one on each
 * instance, back to back and in alternating order, so the machine's load (shared, noisy) falls on both alike. It
 * prints the client-side p50/p99 of each and their differences, and the median of the pairs' differences.
 */
public class RunOverhead {

    public static void main(String[] args) throws Exception {
        String metered = args[0];
        String unmetered = args[1];
        String token = args[2];
        String action = args[3];
        List<String> posts = Files.readAllLines(Path.of(args[4])).stream().filter(line -> !line.isBlank()).toList();
        int warmup = Integer.parseInt(args[5]);
        int pairs = Integer.parseInt(args[6]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        long[] withMeter = new long[pairs];
        long[] without = new long[pairs];
        long[] differences = new long[pairs];
        for (int i = -warmup; i < pairs; i++) {
            String post = posts.get(Math.floorMod(i, posts.size()));
            boolean meteredFirst = Math.floorMod(i, 2) == 0;
            long first = run(http, meteredFirst ? metered : unmetered, token, post, action);
            long second = run(http, meteredFirst ? unmetered : metered, token, post, action);
            if (i >= 0) {
                withMeter[i] = meteredFirst ? first : second;
                without[i] = meteredFirst ? second : first;
                differences[i] = withMeter[i] - without[i];
            }
        }
        Arrays.sort(withMeter);
        Arrays.sort(without);
        Arrays.sort(differences);
        System.out.printf("metered p50 %.3f ms p99 %.3f ms; unmetered p50 %.3f ms p99 %.3f ms; "
                        + "overhead p50 %.3f ms p99 %.3f ms (%.1f %% of the unmetered p50); "
                        + "median of the %d pairs' differences %.3f ms%n",
                ms(at(withMeter, 0.5)), ms(at(withMeter, 0.99)), ms(at(without, 0.5)), ms(at(without, 0.99)),
                ms(at(withMeter, 0.5) - at(without, 0.5)), ms(at(withMeter, 0.99) - at(without, 0.99)),
                100.0 * (at(withMeter, 0.5) - at(without, 0.5)) / at(without, 0.5), pairs,
                ms(at(differences, 0.5)));
    }

    /** One run, timed; anything but 201 stops the benchmark (a refused run would measure the refusal). */
    private static long run(HttpClient http, String base, String token, String post, String action)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/posts/" + post + "/actions/" + action
                        + "/runs")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - started;
        if (response.statusCode() != 201) {
            throw new IllegalStateException(base + " answered " + response.statusCode() + ": " + response.body());
        }
        return took;
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
