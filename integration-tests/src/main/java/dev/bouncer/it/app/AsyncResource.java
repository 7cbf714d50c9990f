package dev.bouncer.it.app;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Asynchronous and streaming endpoints are checked before they run, like any other. */
@Path("/async")
@RequiresPermission("async:use")
public class AsyncResource {
  @GET
  @Path("suspended")
  public void suspended(@Suspended AsyncResponse response) {
    // Counted when the method runs, not when the response completes.
    String body = Hits.record("async.suspended");
    CompletableFuture.runAsync(() -> response.resume(body));
  }

  @GET
  @Path("stage")
  public CompletionStage<String> stage() {
    String body = Hits.record("async.stage");
    return CompletableFuture.supplyAsync(() -> body);
  }

  @GET
  @Path("stream")
  public StreamingOutput stream() {
    String body = Hits.record("async.stream");
    return out -> out.write(body.getBytes(StandardCharsets.UTF_8));
  }
}
