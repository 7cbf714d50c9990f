package dev.bouncer.it.stacks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends a test request, once more on a fresh connection if the server closed a kept-alive
 * connection before answering. Servers may close the connection after refusing a {@code POST}
 * whose body nobody read (Jetty 12 does, now and then); the JDK's client retries that case for
 * {@code GET} but not for {@code POST}, and a test would fail on a request the server never saw.
 * A retried request that had in fact run would count twice in the hit counters: a retry can make
 * a row fail, never pass.
 */
public final class Exchanges {
  private Exchanges() {}

  /**
   * The response to {@code request}, sent again once if the connection closed with no answer.
   *
   * @param client the client
   * @param request the request
   * @return the response, body as a string
   * @throws IOException if the second attempt fails too, or the first fails otherwise
   * @throws InterruptedException if interrupted
   */
  public static HttpResponse<String> send(HttpClient client, HttpRequest request)
      throws IOException, InterruptedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException closed) {
      if (!String.valueOf(closed.getMessage()).contains("received no bytes")) {
        throw closed;
      }
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}
