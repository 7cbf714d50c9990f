package dev.bouncer.runtime;

import jakarta.ws.rs.core.UriInfo;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks the server which sub-resource locators it invoked for a request. One small adapter per
 * server family, chosen once per {@link UriInfo} implementation class:
 *
 * <ul>
 *   <li>Jersey (3.x, 4.x): {@code ExtendedUriInfo.getMatchedResourceLocators()} names each locator
 *       method it invoked and the class it invoked it on. Exact, at every depth.
 *   <li>Any other server cannot say ({@link #invoked} is null): the caller then requires the
 *       policies of every locator that could have returned the matched sub-resource, and only
 *       rules out a candidate the server's own record proves it did not match: Jakarta REST 4.0's
 *       matched resource template ({@link #matchedTemplate}, RESTEasy 7), or on RESTEasy 6 the
 *       matched URIs ({@link #narrowsByMatchedUris}).
 * </ul>
 *
 * <p>Nothing here picks a locator from the request's path: any re-derivation of the matched
 * locator from path text (percent-encoding, matrix parameters, encoded slashes) disagrees with
 * some server. Text is used only to rule candidates out, and only where no reading of it could fit.
 * Jersey's types are reached through method handles resolved once, so the runtime needs no Jersey
 * at compile time.
 */
abstract class MatchedLocators {
  private static final Logger LOG = Logger.getLogger("dev.bouncer");

  /** How many Jersey locators {@link Jersey#describe} keeps. */
  private static final int MAX_DESCRIBED = 10_000;

  /** One locator the server invoked: its method and the class of the instance it ran on. */
  record Invoked(Class<?> resourceClass, Method method) {}

  /** For servers that cannot say: {@link #invoked} answers null. */
  static final MatchedLocators UNKNOWN =
      new MatchedLocators() {
        @Override
        List<?> invoked(UriInfo uriInfo) {
          return null;
        }

        @Override
        public String toString() {
          return "no adapter: every candidate locator's policy is required";
        }
      };

  /**
   * RESTEasy: cannot say which locator it invoked, but its matched URIs are the prefixes its own
   * matcher consumed, one per locator; a candidate whose {@code @Path} fits no reading of what a
   * level consumed was not matched there.
   */
  static final MatchedLocators MATCHED_URIS =
      new MatchedLocators() {
        @Override
        List<?> invoked(UriInfo uriInfo) {
          return null;
        }

        @Override
        boolean narrowsByMatchedUris() {
          return true;
        }

        @Override
        public String toString() {
          return "the matched URIs rule out candidate locators";
        }
      };

  private static final ClassValue<MatchedLocators> BY_IMPLEMENTATION =
      new ClassValue<>() {
        @Override
        protected MatchedLocators computeValue(Class<?> uriInfoClass) {
          MatchedLocators jersey = Jersey.forClass(uriInfoClass);
          if (jersey != null) {
            return jersey;
          }
          if (uriInfoClass.getName().equals("org.jboss.resteasy.specimpl.ResteasyUriInfo")) {
            return MATCHED_URIS;
          }
          return UNKNOWN;
        }
      };

  /** Handle of Jakarta REST 4.0's {@code UriInfo.getMatchedResourceTemplate()}, or null on 3.1. */
  private static final MethodHandle MATCHED_TEMPLATE = matchedTemplateHandle();

  /** The adapter for the server that made {@code uriInfo}. */
  static MatchedLocators of(UriInfo uriInfo) {
    return BY_IMPLEMENTATION.get(uriInfo.getClass());
  }

  /**
   * The locators the server invoked for this request, <b>innermost first</b> as the server lists
   * them, each an entry for {@link #describe} (empty when it invoked none), or null when this
   * server cannot say. Never a copy: the request path builds no list.
   */
  abstract List<?> invoked(UriInfo uriInfo);

  /**
   * The locator method and class of one entry of {@link #invoked}. The default takes entries that
   * are {@link Invoked} already; a server adapter works its entries out once and keeps them.
   */
  Invoked describe(Object entry) {
    return (Invoked) entry;
  }

  /** Whether this server's matched URIs may rule out candidate locators (RESTEasy's do). */
  boolean narrowsByMatchedUris() {
    return false;
  }

  /**
   * The server's own record of the templates it matched ({@code UriInfo.getMatchedResourceTemplate()},
   * Jakarta REST 4.0), or null when the API or the server does not offer it.
   */
  static String matchedTemplate(UriInfo uriInfo) {
    if (MATCHED_TEMPLATE == null) {
      return null;
    }
    try {
      return (String) MATCHED_TEMPLATE.invoke(uriInfo);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      return null; // a checked exception cannot come from this method; treat as not offered
    }
  }

  private static MethodHandle matchedTemplateHandle() {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(UriInfo.class, "getMatchedResourceTemplate", MethodType.methodType(String.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null; // Jakarta REST 3.1
    }
  }

  /** Jersey: {@code ExtendedUriInfo}, {@code ResourceMethod}, {@code Invocable}, {@code MethodHandler}. */
  private static final class Jersey extends MatchedLocators {
    private final MethodHandle locators;
    private final MethodHandle invocable;
    private final MethodHandle handlingMethod;
    private final MethodHandle handler;
    private final MethodHandle handlerClass;
    private final Map<Object, Invoked> described = new ConcurrentHashMap<>();

    private Jersey(
        MethodHandle locators,
        MethodHandle invocable,
        MethodHandle handlingMethod,
        MethodHandle handler,
        MethodHandle handlerClass) {
      this.locators = locators;
      this.invocable = invocable;
      this.handlingMethod = handlingMethod;
      this.handler = handler;
      this.handlerClass = handlerClass;
    }

    static MatchedLocators forClass(Class<?> uriInfoClass) {
      ClassLoader loader = uriInfoClass.getClassLoader();
      Class<?> extended;
      try {
        extended = Class.forName("org.glassfish.jersey.server.ExtendedUriInfo", false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        return null;
      }
      if (!extended.isAssignableFrom(uriInfoClass)) {
        return null;
      }
      try {
        Class<?> resourceMethod =
            Class.forName("org.glassfish.jersey.server.model.ResourceMethod", false, loader);
        Class<?> invocableType =
            Class.forName("org.glassfish.jersey.server.model.Invocable", false, loader);
        Class<?> methodHandler =
            Class.forName("org.glassfish.jersey.server.model.MethodHandler", false, loader);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        return new Jersey(
            lookup.findVirtual(extended, "getMatchedResourceLocators", MethodType.methodType(List.class)),
            lookup.findVirtual(resourceMethod, "getInvocable", MethodType.methodType(invocableType)),
            lookup.findVirtual(invocableType, "getHandlingMethod", MethodType.methodType(Method.class)),
            lookup.findVirtual(invocableType, "getHandler", MethodType.methodType(methodHandler)),
            lookup.findVirtual(methodHandler, "getHandlerClass", MethodType.methodType(Class.class)));
      } catch (ReflectiveOperationException | LinkageError e) {
        // A Jersey Bouncer does not know: fail closed through the candidates, and say so once.
        LOG.log(
            Level.WARNING,
            "Bouncer cannot read which sub-resource locators this Jersey version invoked; it"
                + " requires the policies of every candidate locator instead",
            e);
        return null;
      }
    }

    @Override
    List<?> invoked(UriInfo uriInfo) {
      try {
        return (List<?>) locators.invoke(uriInfo);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * Jersey's {@code ResourceMethod} of a locator, read once: its handling method and handler
     * class are fixed when Jersey builds its model. Kept for a bounded number of locators (a
     * programmatic resource model could make new ones); beyond that, read each time.
     */
    @Override
    Invoked describe(Object locator) {
      Invoked known = described.get(locator);
      if (known != null) {
        return known;
      }
      try {
        Object invocableOf = invocable.invoke(locator);
        Method method = (Method) handlingMethod.invoke(invocableOf);
        Class<?> type = (Class<?>) handlerClass.invoke(handler.invoke(invocableOf));
        Invoked invoked = new Invoked(type, method);
        if (described.size() < MAX_DESCRIBED) {
          described.putIfAbsent(locator, invoked);
        }
        return invoked;
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String toString() {
      return "Jersey's ExtendedUriInfo.getMatchedResourceLocators()";
    }
  }
}
