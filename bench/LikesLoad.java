import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load for bench/likes.sh (run as a single-file program: java bench/LikesLoad.java BASE POST THREADS SECONDS):
 * THREADS clients PUT likes with fresh random visitor keys for SECONDS, then it prints "ok=… failed=… rps=… p50=…ms
 * p99=…ms" (each fresh key is a new like, so ok must equal the post's like count afterwards).
 */
public class LikesLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String post = args[1];
        int threads = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(base + "/api/v1/public/posts/" + post + "/like");
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(uri).PUT(HttpRequest.BodyPublishers.noBody())
                            .header("X-Visitor-Key", UUID.randomUUID().toString()).build();
                    long began = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - began);
                }
                latencies.addAll(mine);
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, java.util.concurrent.TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("ok=%d failed=%d rps=%.0f p50=%.1fms p99=%.1fms%n", ok.get(), failed.get(),
                ok.get() / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
