package dev.bouncer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.app.Apps;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 32 client threads send 20,480 requests drawn from the scenario table, mixed identities and
 * endpoints, to one server: every response must carry the expected decision (no cross-talk between
 * concurrent requests), and none may be a 5xx. Bounded by count, and by three minutes.
 */
public abstract class LoadTest {
  static final int THREADS = 32;
  static final int PER_THREAD = 640;

  /** Starts this implementation's server for one application. */
  protected abstract ServerUnderTest.Factory factory();

  @Test
  void concurrentMixedRequests_eachGetTheirOwnDecision() throws Exception {
    List<Scenario> table = new ArrayList<>();
    for (Scenario s : Scenarios.all()) {
      if (s.app() != Scenario.AppKind.THROWING_AUTHORIZER && !s.method().equals("HEAD")) {
        table.add(s);
      }
    }
    Map<Scenario.AppKind, ServerUnderTest> servers = new EnumMap<>(Scenario.AppKind.class);
    servers.put(Scenario.AppKind.EXPLICIT, factory().start(Apps.explicit()));
    servers.put(Scenario.AppKind.ZERO_REGISTRATION, factory().start(Apps.zeroRegistration()));
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger serverErrors = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(THREADS);
    long start = System.nanoTime();
    try {
      for (int t = 0; t < THREADS; t++) {
        long seed = 7919L * (t + 1);
        pool.execute(
            () -> {
              Random random = new Random(seed);
              try {
                for (int i = 0; i < PER_THREAD && mismatches.size() < 20; i++) {
                  Scenario s = table.get(random.nextInt(table.size()));
                  HttpResponse<String> response =
                      client.send(
                          s.request(servers.get(s.app()).baseUri(), Duration.ofSeconds(30)),
                          HttpResponse.BodyHandlers.ofString());
                  sent.incrementAndGet();
                  if (response.statusCode() >= 500) {
                    serverErrors.incrementAndGet();
                  }
                  boolean right =
                      response.statusCode() == s.status()
                          && (!s.allowed() || response.body().equals("ran " + s.resourceKey()));
                  if (!right) {
                    mismatches.add(s.name() + " got " + response.statusCode() + " " + response.body());
                  }
                }
              } catch (Exception e) {
                mismatches.add("client failure: " + e);
              } finally {
                done.countDown();
              }
            });
      }
      assertTrue(done.await(3, TimeUnit.MINUTES), "the load finished within three minutes");
    } finally {
      pool.shutdownNow();
      servers.values().forEach(ServerUnderTest::close);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%s: %d requests from %d threads in %.1f s (%.0f requests/s), %d mismatches%n",
        getClass().getSimpleName(), sent.get(), THREADS, seconds, sent.get() / seconds, mismatches.size());
    assertEquals(List.of(), List.copyOf(mismatches), "every response carries its own decision");
    assertEquals(0, serverErrors.get(), "no 5xx");
    assertEquals(THREADS * PER_THREAD, sent.get(), "all requests were sent");
  }
}
