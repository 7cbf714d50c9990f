package dev.bouncer.bench.decision;

import jakarta.ws.rs.GET;

/** Reached only through {@link LocatorResource#orders()}, whose policy guards it. */
public class LocatedOrders {
  /** The sub-resource method the request matched. */
  @GET
  public String list() {
    return "orders";
  }
}
