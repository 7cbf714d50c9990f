package dev.bouncer.it.app.locators;

import dev.bouncer.RequiresPermission;
import dev.bouncer.it.app.Hits;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * An open literal beside a protected template; an open two-segment literal beside a protected
 * one-segment template; a protected locator whose own {@code @Path} holds an encoded character;
 * locators returning a {@code Class} and {@code Object}.
 */
@Path("lx/store")
public class StoreLocators {
  @Path("public")
  public Box open() {
    Hits.record("store.public");
    return new Box("store.public");
  }

  @Path("{id}")
  @RequiresPermission("store:item")
  public Box item(@PathParam("id") String id) {
    Hits.record("store.item");
    return new Box("store.item");
  }

  @Path("a/b")
  public Box ab() {
    Hits.record("store.ab");
    return new Box("store.ab");
  }

  @Path("sp%20ace")
  @RequiresPermission("store:space")
  public Box space() {
    Hits.record("store.space");
    return new Box("store.space");
  }

  @Path("kind/class")
  @RequiresPermission("store:class")
  public Class<ClassBox> byClass() {
    Hits.record("store.class");
    return ClassBox.class;
  }

  @Path("kind/object")
  @RequiresPermission("store:object")
  public Object byObject() {
    Hits.record("store.object");
    return new Box("store.object");
  }

  @Path("kind/open-object")
  public Object openObject() {
    Hits.record("store.openObject");
    return new Box("store.openObject");
  }

  /** Instantiated by the server for {@link #byClass()}. */
  public static class ClassBox {
    @jakarta.ws.rs.GET
    public String get() {
      return Hits.record("classbox.get");
    }
  }
}
