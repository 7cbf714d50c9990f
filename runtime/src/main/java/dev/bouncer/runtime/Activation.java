package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bouncer in one application: which configuration it enforces, whichever way it was switched on.
 *
 * <p>Every path that switches Bouncer on shares the one instance of its application. The first of
 * Bouncer's features the server configures for the whole application ({@link BouncerFeature},
 * {@link DiscoveredBouncerGate}, {@link ScannedBouncerGate}) registers it, as the filter that also
 * decides requests through sub-resource locators; the others find it among the configuration's
 * instances, and a {@code BouncerFeature} announces itself to it. Servers order these features
 * differently (Jersey configures service-loaded features before the application's own, RESTEasy
 * after), so nothing is decided while they are configured: the configuration is resolved when the
 * first resource method is bound, after every feature has run, from what the application
 * registered anywhere (features announced, the configuration's instances and classes, the {@code
 * Application}'s singletons and classes). Registering {@code BouncerFeature.class} counts as the
 * default configuration.
 *
 * <ul>
 *   <li>No configuration registered: the defaults.
 *   <li>One, or several that are the same (same authorizer instance, challenge and flags): that one,
 *       for root resource methods and sub-resource locators alike.
 *   <li>Several that differ: a start-up error naming them (thrown while binding, which stops Jersey
 *       and RESTEasy from starting), and should a server go on anyway, every request is answered
 *       with 500.
 * </ul>
 *
 * <p>Exactly one of Bouncer's dynamic features binds the resource methods (the first the server
 * calls); it counts them, and the first request the application receives logs one INFO line: how
 * Bouncer was switched on, how many resource methods it enforces and how many are open, and the
 * configuration.
 */
final class Activation implements ContainerRequestFilter {
  static final Logger LOG = Logger.getLogger("dev.bouncer");

  /** How Bouncer was switched on in an application, for the start-up line. */
  static final String CONFIGURED = "configured (BouncerFeature registered by the application)";

  /**
   * Only {@code BouncerFeature}s with the default configuration were found: registered by class,
   * as {@code new BouncerFeature()}, or created by a server that scans {@code @Provider} classes
   * (Quarkus REST does, from its index). Nothing the application configured.
   */
  static final String DEFAULT_FEATURE =
      "defaults (BouncerFeature with its default configuration, registered or scanned)";

  static final String DISCOVERED = "discovered (the runtime's META-INF/services)";
  static final String SCANNED = "scanned (the generated Bouncer_Activation provider)";
  static final String BUILTIN = "discovered (RESTEasy's META-INF/services/jakarta.ws.rs.ext.Providers)";

  @Context private ResourceInfo resourceInfo;
  @Context private Configuration injectedConfiguration;
  @Context private Application injectedApplication;

  private final String how;
  private final boolean perMethod;
  private final GuardBinder defaults = new GuardBinder(DiscoveredBouncerFeature.DEFAULTS);

  /** Features that announced themselves, and others the application registered, by identity. */
  private final Map<Object, String> registered = new IdentityHashMap<>();

  private final List<BouncerFeature> announced = new ArrayList<>();
  private final AtomicReference<Object> binds = new AtomicReference<>();
  private final Map<Object, Boolean> counted = new ConcurrentHashMap<>();
  private final AtomicInteger enforced = new AtomicInteger();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicBoolean summarized = new AtomicBoolean();

  private volatile Resolved resolved;
  private volatile GuardBinder boundWith;
  private volatile boolean observedAtRequest;
  private volatile boolean bindingRegistered;
  private volatile boolean gateOnly;

  /** The outcome: the binder to enforce with, or the error that stops the application. */
  private record Resolved(GuardBinder binder, SubResourceGate gate, String error) {}

  /**
   * @param how how Bouncer was switched on, unless a configured feature is found
   * @param perMethod true when registered with each resource method rather than for the whole
   *     application (where no feature of Bouncer's is configured for the whole application)
   */
  Activation(String how, boolean perMethod) {
    this.how = how;
    this.perMethod = perMethod;
  }

  /**
   * The property under which the application's activation is found too: Jersey hands dynamic
   * features a configuration of their own per resource method, with the application's properties
   * but none of its instances.
   */
  static final String PROPERTY = "dev.bouncer.activation";

  /** The application's activation among {@code configurations}' properties or instances, or null. */
  static Activation in(Configuration... configurations) {
    for (Configuration configuration : configurations) {
      if (configuration == null) {
        continue;
      }
      try {
        if (configuration.getProperty(PROPERTY) instanceof Activation activation) {
          return activation;
        }
        for (Object instance : configuration.getInstances()) {
          if (instance instanceof Activation activation) {
            return activation;
          }
        }
      } catch (RuntimeException e) {
        // An injected proxy usable only inside a request (Quarkus REST at deployment): skip it.
      }
    }
    return null;
  }

  /**
   * The application's activation, registered now for the whole application if no feature of
   * Bouncer's did so before.
   */
  static Activation forApplication(FeatureContext context, String how) {
    Activation existing = in(context.getConfiguration());
    if (existing != null) {
      return existing;
    }
    Activation activation = new Activation(how, false);
    context.register(activation, BouncerFeature.GATE_PRIORITY);
    context.property(PROPERTY, activation);
    return activation;
  }

  /**
   * Binds {@code resourceInfo} for one of the features that switch Bouncer on without a
   * configuration: with the application's activation, or, where no feature of Bouncer's was
   * configured for the whole application, with {@code fallback}, registered per method.
   */
  static void bindDiscovered(
      Object caller,
      Activation fallback,
      ResourceInfo resourceInfo,
      FeatureContext context,
      Configuration injected,
      Application application) {
    Activation activation = in(context.getConfiguration(), injected);
    if (activation == null) {
      activation = fallback;
    }
    activation.observe(application, context.getConfiguration(), injected);
    activation.bind(caller, resourceInfo, context);
  }

  /**
   * Records that a dynamic feature that binds resource methods with this activation (a {@link
   * BouncerFeature}'s method binding, {@link ServerActivation}'s) was registered beside it.
   */
  void bindingRegistered() {
    bindingRegistered = true;
  }

  /** Whether a dynamic feature that binds resource methods with this activation was registered. */
  boolean hasBinding() {
    return bindingRegistered;
  }

  /**
   * Makes this activation the sub-resource gate only: another activation binds the resource methods
   * (per method) and says the start-up line.
   */
  void gateOnly() {
    gateOnly = true;
  }

  private static final String IN_SINGLETONS = "in Application.getSingletons()";

  /** The configured features announced to this activation so far. */
  synchronized List<BouncerFeature> announced() {
    return List.copyOf(announced);
  }

  /** A configured feature the server configured in this application. */
  synchronized void announce(BouncerFeature feature) {
    if (registered.put(feature, "announced") == null) {
      announced.add(feature);
      if (resolved != null) {
        resolved = null; // resolved again at the next binding or request, with this one
      }
    }
  }

  /**
   * Takes in what the application registered, as the server shows it to the caller. Called before
   * every binding and at the first request; cheap once nothing new turns up.
   */
  void observe(Application application, Configuration... configurations) {
    synchronized (this) {
      boolean fresh = false;
      for (Configuration configuration : configurations) {
        if (configuration == null) {
          continue;
        }
        try {
          fresh |= note(configuration.getInstances(), "registered");
          // Not isRegistered(BouncerFeature.class): that is true for a registered instance too.
          if (configuration.getClasses().contains(BouncerFeature.class)) {
            fresh |= note(List.of(BouncerFeature.class), "registered");
          }
        } catch (RuntimeException e) {
          // An injected proxy usable only inside a request (Quarkus REST's CDI @Context beans at
          // deployment): the server's own configuration, also given, still says what it holds.
        }
      }
      if (application != null) {
        fresh |= note(singletonsOf(application), IN_SINGLETONS);
        try {
          fresh |= note(application.getClasses(), "in Application.getClasses()");
        } catch (RuntimeException e) {
          // as above
        }
      }
      if (fresh) {
        resolved = null;
      }
    }
  }

  /**
   * The {@code BouncerFeature}s of {@code application.getSingletons()}, read once per application
   * instance. Many applications build their singletons afresh on every call ({@code return
   * Set.of(new AuthFilter(), BouncerFeature.builder()...build())}); reading them again for every
   * binding would register a new copy each time. Such a copy, never configured by the server, is
   * told apart from a real second configuration in {@link #resolve} ({@link #copyOfAnnounced}).
   */
  private List<Object> singletonsOf(Application application) {
    List<Object> features = singletonFeatures.get(application);
    if (features == null) {
      features = featuresAmongSingletons(application);
      if (singletonFeatures.size() >= 16) {
        singletonFeatures.clear(); // bounded: a server that wraps the application anew each time
      }
      singletonFeatures.put(application, features);
    }
    return features;
  }

  /** What {@link #singletonsOf} read, per application instance. */
  private final Map<Application, List<Object>> singletonFeatures = new IdentityHashMap<>();

  @SuppressWarnings("deprecation") // getSingletons() is how an application hands over instances
  private static List<Object> featuresAmongSingletons(Application application) {
    List<Object> features = new ArrayList<>();
    try {
      Set<Object> singletons = application.getSingletons();
      if (singletons != null) {
        for (Object singleton : singletons) {
          if (singleton instanceof BouncerFeature
              && features.stream().noneMatch(seen -> seen == singleton)) {
            features.add(singleton);
          }
        }
      }
    } catch (RuntimeException e) {
      // as for getClasses() below: a proxy usable only inside a request
    }
    return List.copyOf(features);
  }

  /**
   * The collections already read through, with their sizes: a server hands the same ones to every
   * binding (the application's 10,000 classes, say), and reading them once per binding made
   * start-up quadratic. Bounded: a server that hands out a new collection each time gets no help,
   * and no leak.
   */
  private final Map<Collection<?>, Integer> readThrough = new IdentityHashMap<>();

  private boolean note(Collection<?> components, String where) {
    int size = components.size();
    if (size >= 16) { // small ones cost less to read than to remember
      Integer seenSize = readThrough.get(components);
      if (seenSize != null && seenSize == size) {
        return false; // the same collection, nothing added since it was read
      }
      if (readThrough.size() >= 16) {
        readThrough.clear();
      }
      readThrough.put(components, size);
    }
    boolean fresh = false;
    for (Object component : components) {
      if ((component instanceof BouncerFeature || component == BouncerFeature.class)
          && !registered.containsKey(component)) {
        registered.put(component, where);
        fresh = true;
      }
    }
    return fresh;
  }

  /**
   * Whether {@code component}, found {@code where}, is a copy of a feature the server configured
   * rather than a configuration of its own: a {@code BouncerFeature} read from {@code
   * getSingletons()} that the server never configured, built alike (same challenge and flags, an
   * authorizer of the same class, for {@code fromGrants} with a grants function of the same class)
   * as one it did. That is what an application's {@code getSingletons()} gives when it builds its
   * instances on every call: the server configured those of its own call, and Bouncer's call got
   * new ones. Counting them would stop the application for one configuration. A real second
   * configuration (another authorizer type, challenge or flags) is still refused; one of the same
   * build the server dropped is not detected, and the one the server configured is enforced.
   */
  private boolean copyOfAnnounced(Object component, String where) {
    if (!IN_SINGLETONS.equals(where) || !(component instanceof BouncerFeature feature)) {
      return false;
    }
    for (BouncerFeature configured : announced) {
      if (configured == feature) {
        return false; // the server configured this very one
      }
    }
    for (BouncerFeature configured : announced) {
      Enforcer mine = feature.enforcer();
      Enforcer theirs = configured.enforcer();
      if (mine.sameSettingsAs(theirs) && builtAlike(mine.authorizer(), theirs.authorizer())) {
        return true;
      }
    }
    return false;
  }

  private static boolean builtAlike(Authorizer one, Authorizer other) {
    if (one == other) {
      return true;
    }
    if (one.getClass() != other.getClass()) {
      return false;
    }
    return !(one instanceof GrantsAuthorizer grants)
        || grants.grantsClass() == ((GrantsAuthorizer) other).grantsClass();
  }

  /** Resolves (again, if something new turned up) and returns the outcome. */
  private Resolved resolve() {
    Resolved current = resolved;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (resolved != null) {
        return resolved;
      }
      // Distinct configurations, in the order they were found, with where each one came from.
      Map<Enforcer, List<String>> configurations = new LinkedHashMap<>();
      BouncerFeature kept = announced.isEmpty() ? null : announced.get(0);
      for (Map.Entry<Object, String> entry : ordered()) {
        if (copyOfAnnounced(entry.getKey(), entry.getValue())) {
          continue;
        }
        Enforcer enforcer =
            entry.getKey() instanceof BouncerFeature feature
                ? feature.enforcer()
                : DiscoveredBouncerFeature.DEFAULTS;
        Enforcer same = null;
        for (Enforcer known : configurations.keySet()) {
          if (known.sameConfigurationAs(enforcer)) {
            same = known;
          }
        }
        configurations
            .computeIfAbsent(same == null ? enforcer : same, e -> new ArrayList<>())
            .add(describe(entry.getKey()) + " " + entry.getValue());
        if (kept == null && entry.getKey() instanceof BouncerFeature feature) {
          kept = feature;
        }
      }
      Resolved outcome;
      if (configurations.size() > 1) {
        StringBuilder error =
            new StringBuilder(
                "Bouncer found different configurations registered in one application, and"
                    + " enforces none of them: ");
        int i = 0;
        for (Map.Entry<Enforcer, List<String>> entry : configurations.entrySet()) {
          error.append(i++ == 0 ? "" : "; and ").append(String.join(", ", entry.getValue()));
          error.append(" (").append(entry.getKey()).append(')');
        }
        error.append(
            ". Register one BouncerFeature (or several built with the same authorizer instance"
                + " and settings). Until then every request is denied with 500.");
        outcome = new Resolved(null, null, error.toString());
        LOG.severe(error.toString());
      } else {
        GuardBinder binder = kept != null ? kept.binder() : defaults;
        outcome = new Resolved(binder, new SubResourceGate(binder, matched()), null);
        if (boundWith != null && boundWith != binder) {
          outcome =
              new Resolved(
                  null,
                  null,
                  "Bouncer bound resource methods with one configuration and then found another"
                      + " registered: "
                      + String.join(", ", configurations.values().iterator().next())
                      + ". Every request is denied with 500.");
          LOG.severe(outcome.error);
        }
      }
      resolved = outcome;
      return outcome;
    }
  }

  private List<Map.Entry<Object, String>> ordered() {
    List<Map.Entry<Object, String>> entries = new ArrayList<>();
    for (BouncerFeature feature : announced) {
      entries.add(Map.entry(feature, registered.get(feature)));
    }
    for (Map.Entry<Object, String> entry : registered.entrySet()) {
      if (!"announced".equals(entry.getValue())) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static String describe(Object component) {
    return component == BouncerFeature.class
        ? "BouncerFeature.class (the defaults)"
        : component.toString();
  }

  /** The server's matched method, asked of the server's injected proxy at each request. */
  private ResourceInfo matched() {
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return resourceInfo == null ? null : resourceInfo.getResourceMethod();
      }

      @Override
      public Class<?> getResourceClass() {
        return resourceInfo == null ? null : resourceInfo.getResourceClass();
      }
    };
  }

  /**
   * Binds one resource method with the application's configuration, if {@code caller} is the one
   * of Bouncer's dynamic features that binds (the first to be called); the others stand aside.
   *
   * @throws IllegalStateException if the application registered different configurations: a
   *     start-up error
   */
  void bind(Object caller, ResourceInfo resourceInfo, FeatureContext context) {
    if (!binds.compareAndSet(null, caller) && binds.get() != caller) {
      return;
    }
    Resolved outcome = resolve();
    if (outcome.error != null) {
      throw new IllegalStateException(outcome.error);
    }
    boundWith = outcome.binder;
    if (perMethod) {
      context.register(this, BouncerFeature.GATE_PRIORITY);
    }
    boolean bound = outcome.binder.bind(resourceInfo, context);
    count(resourceInfo, bound);
  }

  private void count(ResourceInfo resourceInfo, boolean bound) {
    Class<?> type = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (type == null
        || method == null
        || !isRoot(type)
        || !SubResourceGate.designated(method.getDeclaringClass(), method, new java.util.HashSet<>())
        || counted.putIfAbsent(List.of(type, method), bound) != null) {
      return; // not a root resource method of the application, or seen before
    }
    (bound ? enforced : open).incrementAndGet();
  }

  /**
   * Whether {@code type} is a root resource class: annotated with {@code @Path}, itself or a
   * supertype. Methods of sub-resources are not counted: the locators' policies decide them, and
   * servers bind them only when first requested.
   */
  private static boolean isRoot(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        return true;
      }
      for (Class<?> implemented : c.getInterfaces()) {
        if (implemented.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Decides requests through sub-resource locators; fails every request if resolution failed. */
  @Override
  public void filter(ContainerRequestContext request) {
    if (!observedAtRequest) {
      observe(injectedApplication, injectedConfiguration);
      observedAtRequest = true;
    }
    Resolved outcome;
    try {
      outcome = resolve();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Bouncer could not resolve its configuration", e);
      request.abortWith(DiscoveredBouncerFeature.DEFAULTS.failure());
      return;
    }
    if (outcome.error != null) {
      request.abortWith(DiscoveredBouncerFeature.DEFAULTS.failure());
      return;
    }
    if (!gateOnly && summarized.compareAndSet(false, true)) {
      LOG.info(summary(outcome.binder.enforcer()));
    }
    outcome.gate.filter(request);
  }

  private String howSwitchedOn() {
    if (registered.isEmpty()) {
      return how;
    }
    for (Object component : registered.keySet()) {
      if (component instanceof BouncerFeature feature
          && feature.enforcer() != DiscoveredBouncerFeature.DEFAULTS) {
        return CONFIGURED;
      }
    }
    return DEFAULT_FEATURE;
  }

  String summary(Enforcer enforcer) {
    return "Bouncer is on, "
        + howSwitchedOn()
        + ": "
        + enforced.get()
        + " root resource methods enforced, "
        + open.get()
        + " open (requests through sub-resource locators are checked against each locator's"
        + " policy); "
        + enforcer;
  }

  /** Resolves now, for tests and for a first request before any binding. */
  Enforcer enforcer() {
    Resolved outcome = resolve();
    if (outcome.error != null) {
      throw new IllegalStateException(outcome.error);
    }
    return outcome.binder.enforcer();
  }

  @Override
  public String toString() {
    return "Bouncer[" + how + "]";
  }
}
