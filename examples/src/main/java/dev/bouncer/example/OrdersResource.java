package dev.bouncer.example;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A small orders service: every endpoint says who may call it, and javac checks it. */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("orders:read")
public class OrdersResource {
  private static final Map<Integer, String> ORDERS = new ConcurrentSkipListMap<>();
  private static final AtomicInteger NEXT = new AtomicInteger();

  static {
    ORDERS.put(NEXT.incrementAndGet(), "espresso machine");
    ORDERS.put(NEXT.incrementAndGet(), "coffee beans");
  }

  /** Anyone with orders:read (the class's policy). */
  @GET
  public String list() {
    return ORDERS.entrySet().stream()
        .map(e -> json(e.getKey(), e.getValue()))
        .collect(Collectors.joining(",", "[", "]"));
  }

  @GET
  @Path("{id}")
  public String get(@PathParam("id") int id) {
    String item = ORDERS.get(id);
    if (item == null) {
      throw new NotFoundException();
    }
    return json(id, item);
  }

  /** Placing an order needs orders:write. */
  @POST
  @jakarta.ws.rs.Consumes(MediaType.TEXT_PLAIN)
  @RequiresPermission("orders:write")
  public Response create(String item) {
    int id = NEXT.incrementAndGet();
    ORDERS.put(id, item.strip());
    return Response.status(Response.Status.CREATED).entity(json(id, item.strip())).build();
  }

  /** Cancelling needs orders:cancel, unless the order desk has been frozen; admins always may. */
  @DELETE
  @Path("{id}")
  @RequiresPermission("orders:cancel && !orders:frozen || admin:*")
  public Response cancel(@PathParam("id") int id) {
    return ORDERS.remove(id) == null
        ? Response.status(Response.Status.NOT_FOUND).build()
        : Response.noContent().build();
  }

  /** Who am I: any identified caller. */
  @GET
  @Path("me")
  @Authenticated
  @SuppressWarnings("bouncer:loosening")
  public String me(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext caller) {
    return "{\"user\":\"" + caller.getUserPrincipal().getName() + "\"}";
  }

  /** Open on purpose. */
  @GET
  @Path("health")
  @PermitAll
  @SuppressWarnings("bouncer:loosening")
  public String health() {
    return "{\"status\":\"up\"}";
  }

  private static String json(int id, String item) {
    return "{\"id\":" + id + ",\"item\":\"" + item.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
  }
}
