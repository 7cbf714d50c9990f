package dev.bouncer.example;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Starts the orders service on an embedded Jersey server and prints curl lines to try it. */
public final class OrdersDemo {
  private OrdersDemo() {}

  /** The application: resources, authentication, and Bouncer configured for bearer tokens. */
  public static ResourceConfig application() {
    return new ResourceConfig()
        .register(OrdersResource.class)
        .register(TokenAuthenticationFilter.class)
        .register(
            BouncerFeature.builder()
                .authorizer(Authorizer.fromGrants(TokenAuthenticationFilter::grantsOf))
                .challenge("Bearer realm=\"orders\"")
                .build())
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  /** Starts the server on 127.0.0.1; port 0 picks a free one. */
  public static HttpServer start(int port) {
    return GrizzlyHttpServerFactory.createHttpServer(
        URI.create("http://127.0.0.1:" + port + "/"), application());
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args.length > 0 ? args[0] : System.getProperty("port", "8080"));
    HttpServer server = start(port);
    int bound = server.getListener("grizzly").getPort();
    String url = "http://127.0.0.1:" + bound;
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    System.out.println(
        String.join(
            "\n",
            "",
            "Bouncer demo: orders service running at " + url + "/orders",
            "",
            "Demo tokens: alice-token (orders:read, orders:write, orders:cancel),",
            "             bob-token (orders:read), carol-token (admin:*, orders:*)",
            "",
            "401, no identity:",
            "  curl -i " + url + "/orders",
            "403, bob may read but not place orders:",
            "  curl -i -X POST -H 'Authorization: Bearer bob-token' -H 'Content-Type: text/plain'"
                + " -d 'milk frother' " + url + "/orders",
            "200, alice may read:",
            "  curl -i -H 'Authorization: Bearer alice-token' " + url + "/orders",
            "201, alice places an order:",
            "  curl -i -X POST -H 'Authorization: Bearer alice-token' -H 'Content-Type: text/plain'"
                + " -d 'milk frother' " + url + "/orders",
            "",
            "Press Ctrl+C to stop."));
    Thread.currentThread().join();
  }
}
