package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Check;
import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import dev.bouncer.runtime.spi.Locator;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds the generated filter of a resource method, or of the sub-resource locators a request went
 * through, and hands it out; it loads each generated class once. When in doubt it hands out a
 * filter that denies.
 */
final class GuardBinder {
  private static final Logger LOG = Logger.getLogger("dev.bouncer");

  private final Enforcer enforcer;
  private final Map<Class<?>, Optional<GeneratedGuards>> generated = new ConcurrentHashMap<>();
  // Keyed by class, then by method or child class: a look-up on the request path builds no key.
  private final Map<Class<?>, Map<Method, Optional<Check>>> methodChecks =
      new ConcurrentHashMap<>();
  private final Map<Class<?>, Map<Class<?>, LocatorCandidates>> locatorCandidates =
      new ConcurrentHashMap<>();

  GuardBinder(Enforcer enforcer) {
    this.enforcer = enforcer;
  }

  Enforcer enforcer() {
    return enforcer;
  }

  /** Binds the method's filter; true if one was bound (the method is not open). */
  boolean bind(ResourceInfo resourceInfo, FeatureContext context) {
    Class<?> resourceClass = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (resourceClass == null || method == null) {
      return false;
    }
    if (resourceClass.isInterface() || Modifier.isAbstract(resourceClass.getModifiers())) {
      context.register(new LateBoundGuard(this, method), Priorities.AUTHORIZATION);
      return true;
    }
    ContainerRequestFilter filter = safeFilterFor(resourceClass, method);
    if (filter != null) {
      context.register(filter, Priorities.AUTHORIZATION);
      return true;
    }
    return false;
  }

  /**
   * The check of a resource method, for the sub-resource gate: built once per method and class,
   * then shared. Empty when the method's policy needs no check.
   */
  Optional<Check> checkFor(Class<?> resourceClass, Method method) {
    Map<Method, Optional<Check>> ofClass = methodChecks.get(resourceClass);
    if (ofClass == null) {
      ofClass = methodChecks.computeIfAbsent(resourceClass, c -> new ConcurrentHashMap<>());
    }
    Optional<Check> check = ofClass.get(method);
    if (check == null) {
      check =
          ofClass.computeIfAbsent(
              method,
              m -> Optional.ofNullable(safeFilterFor(resourceClass, method)).map(this::asCheck));
    }
    return check;
  }

  /**
   * The locators of {@code parent} that may have returned an instance of {@code child}, built once
   * per pair: for servers that cannot say which locator they invoked.
   */
  LocatorCandidates locatorCandidates(Class<?> parent, Class<?> child) {
    Map<Class<?>, LocatorCandidates> ofParent = locatorCandidates.get(parent);
    if (ofParent == null) {
      ofParent = locatorCandidates.computeIfAbsent(parent, c -> new ConcurrentHashMap<>());
    }
    LocatorCandidates candidates = ofParent.get(child);
    if (candidates == null) {
      candidates = ofParent.computeIfAbsent(child, c -> candidates(parent, child));
    }
    return candidates;
  }

  private LocatorCandidates candidates(Class<?> parent, Class<?> child) {
    String what = "the sub-resource locators of " + parent.getName() + " returning " + child.getName();
    try {
      Optional<GeneratedGuards> guards = guardsOf(parent);
      if (guards.isEmpty()) {
        String annotation = PolicyAnnotations.anyIn(parent);
        if (annotation == null) {
          return LocatorCandidates.always(List.of());
        }
        LOG.severe(
            "Bouncer found no generated policy for "
                + what
                + ", though "
                + parent.getName()
                + " carries "
                + annotation
                + ". The bouncer-processor most likely did not run when it was compiled."
                + " Until it does, every request through these locators is denied with 500.");
        return LocatorCandidates.always(List.of(new MissingPolicyGuard(enforcer, what)));
      }
      List<Locator> locators = guards.get().locators(child, enforcer);
      if (locators == null || locators.isEmpty()) {
        LOG.severe(
            "None of the sub-resource locators of "
                + parent.getName()
                + " that Bouncer's processor saw declares a return type that "
                + child.getName()
                + " is an instance of, and this server does not say which locator it invoked"
                + " (Jersey does). Bouncer cannot tell which policy applies, so every request"
                + " through it is denied with 500. Declare the locator's return type as "
                + child.getSimpleName()
                + " or a supertype of it (or Object); if it already does, the generated code is"
                + " older than the classes: rebuild.");
        return LocatorCandidates.always(List.of(new MissingPolicyGuard(enforcer, what)));
      }
      List<LocatorCandidates.Candidate> candidates = new ArrayList<>();
      for (Locator locator : locators) {
        ContainerRequestFilter filter = locator.guard();
        Check check =
            filter == GeneratedGuards.PERMIT_ALL || filter == GeneratedGuards.NO_POLICY
                ? null
                : asCheck(filter);
        candidates.add(new LocatorCandidates.Candidate(locator.path(), check));
      }
      LocatorCandidates result = new LocatorCandidates(candidates);
      if (result.ambiguous()) {
        LOG.info(
            "Bouncer: "
                + what
                + " differ in policy and this server does not say which one it invoked: every"
                + " request through them must satisfy all of their policies, unless the server's"
                + " matched resource template tells them apart.");
      }
      return result;
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          Level.SEVERE,
          "Bouncer could not load the generated policy of "
              + what
              + "; every request through them will be denied with 500",
          e);
      return LocatorCandidates.always(List.of(new MissingPolicyGuard(enforcer, what)));
    }
  }

  private Check asCheck(ContainerRequestFilter filter) {
    if (filter instanceof Check check) {
      return check;
    }
    // Only Bouncer's own filters can be combined; anything else is a bug or a stale class.
    LOG.severe("Bouncer cannot combine the filter " + filter + "; requests to it are denied");
    return new MissingPolicyGuard(enforcer, String.valueOf(filter));
  }

  private ContainerRequestFilter safeFilterFor(Class<?> resourceClass, Method method) {
    try {
      return filterFor(resourceClass, method);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          Level.SEVERE,
          "Bouncer could not load the generated policy of "
              + describe(resourceClass, method)
              + "; every request to it will be denied with 500",
          e);
      return new MissingPolicyGuard(enforcer, describe(resourceClass, method));
    }
  }

  /** The filter to bind, or null when the method's policy needs no check. */
  ContainerRequestFilter filterFor(Class<?> resourceClass, Method method) {
    boolean seenByProcessor = false;
    Class<?> generatedFor = null;
    for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
      Optional<GeneratedGuards> guards = generated.computeIfAbsent(c, GuardBinder::load);
      if (guards.isEmpty()) {
        continue;
      }
      if (generatedFor == null) {
        generatedFor = c;
      }
      if (c != resourceClass) {
        // The processor did not see resourceClass (a proxy subclass, or a class compiled without
        // it): the superclass's policies hold only if nothing in between declares one.
        String between = PolicyAnnotations.declaredBetween(resourceClass, c);
        if (between != null) {
          return missing(
              resourceClass,
              method,
              between,
              ". The bouncer-processor most likely did not run when "
                  + resourceClass.getName()
                  + " was compiled (its superclass "
                  + c.getName()
                  + " has generated policies): add dev.bouncer:bouncer-processor to the"
                  + " compiler's annotationProcessorPaths and rebuild.");
        }
      }
      ContainerRequestFilter filter =
          guards.get().guardFor(method.getName(), method.getParameterTypes(), enforcer);
      if (filter == GeneratedGuards.PERMIT_ALL) {
        return null;
      }
      if (filter == GeneratedGuards.NO_POLICY) {
        seenByProcessor = true;
        break; // but check below for annotations the processor could not see
      }
      if (filter != null) {
        return filter;
      }
    }
    String annotation = PolicyAnnotations.find(resourceClass, method);
    if (annotation == null) {
      return null;
    }
    String cause =
        resourceClass.isAnonymousClass() || resourceClass.isLocalClass()
            ? ". It is an anonymous or local class, which annotation processors never see, so"
                + " Bouncer cannot enforce its policies (javac reports [BouncerLocalClass] for it):"
                + " make it a named nested or top-level class."
            : seenByProcessor
            ? ". The processor found no policy for the method, though the running classes carry"
                + " one: the generated code is older than the classes, or was generated by"
                + " another version of Bouncer than this runtime. Rebuild with matching versions."
            : generatedFor != null
            ? ". The generated policies of "
                + generatedFor.getName()
                + " do not list this method: they are older than the classes, or were generated"
                + " by another version of Bouncer than this runtime. Rebuild with matching"
                + " versions."
            : ". The bouncer-processor most likely did not run when this class was compiled: add"
                + " dev.bouncer:bouncer-processor to the compiler's annotationProcessorPaths"
                + " (Maven) or the annotationProcessor configuration (Gradle), and rebuild.";
    return missing(resourceClass, method, annotation, cause);
  }

  private ContainerRequestFilter missing(
      Class<?> resourceClass, Method method, String annotation, String cause) {
    String endpoint = describe(resourceClass, method);
    LOG.severe(
        "Bouncer found no generated policy for "
            + endpoint
            + ", which carries "
            + annotation
            + cause
            + " Until then every request to this endpoint is denied with 500.");
    return new MissingPolicyGuard(enforcer, endpoint);
  }

  /** The generated guards of {@code type}, or of the nearest superclass that has some. */
  private Optional<GeneratedGuards> guardsOf(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      Optional<GeneratedGuards> guards = generated.computeIfAbsent(c, GuardBinder::load);
      if (guards.isPresent()) {
        if (c != type && PolicyAnnotations.declaredBetween(type, c) != null) {
          return Optional.empty(); // the caller then looks for annotations and denies
        }
        return guards;
      }
    }
    return Optional.empty();
  }

  /** The name of the class generated for {@code resourceClass}, as {@link GeneratedGuards} says. */
  static String generatedName(Class<?> resourceClass) {
    java.util.Deque<String> names = new java.util.ArrayDeque<>();
    Class<?> c = resourceClass;
    for (Class<?> outer = c.getEnclosingClass();
        outer != null;
        c = outer, outer = c.getEnclosingClass()) {
      names.addFirst(c.getName().substring(outer.getName().length() + 1));
    }
    String pkg = c.getPackageName();
    names.addFirst(pkg.isEmpty() ? c.getName() : c.getName().substring(pkg.length() + 1));
    boolean plain = true;
    for (String name : names) {
      plain &=
          !name.isEmpty()
              && name.indexOf('_') < 0
              && Character.isJavaIdentifierStart(name.charAt(0));
    }
    StringBuilder sb = new StringBuilder(pkg.isEmpty() ? "" : pkg + ".");
    sb.append(String.join("_", names)).append(GeneratedGuards.SUFFIX);
    if (!plain) {
      for (String name : names) {
        sb.append('_').append(name.length());
      }
    }
    return sb.toString();
  }

  private static Optional<GeneratedGuards> load(Class<?> resourceClass) {
    Class<?> type;
    try {
      type = Class.forName(generatedName(resourceClass), true, resourceClass.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    // It exists, so the processor saw this class: failing to use it must deny, not open.
    GeneratedGuards guards;
    try {
      guards = (GeneratedGuards) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("cannot instantiate " + type.getName(), e);
    }
    // Policies generated for another class (one of the same generated name from another module,
    // or from an older Bouncer whose names could collide) must never guard this one.
    String target = guards.resourceClassName();
    if (!resourceClass.getName().equals(target)) {
      throw new IllegalStateException(
          type.getName()
              + (target == null
                  ? " does not say which resource class it was generated for (an older Bouncer"
                      + " generated it)"
                  : " was generated for the resource class " + target)
              + ", not for "
              + resourceClass.getName()
              + ". Rebuild both with the same bouncer-processor and bouncer-runtime, and make sure"
              + " no class of your own ends in "
              + GeneratedGuards.SUFFIX);
    }
    // A class generated for another contract (an older or newer Bouncer) may mean something else
    // by what it returns: trust none of it.
    int contract = guards.contract();
    if (contract != GeneratedGuards.CONTRACT) {
      throw new IllegalStateException(
          type.getName()
              + " was generated for version "
              + contract
              + " of Bouncer's generated-code contract, and this bouncer-runtime reads version "
              + GeneratedGuards.CONTRACT
              + ": bouncer-processor and bouncer-runtime differ in version. Rebuild "
              + resourceClass.getName()
              + " with the bouncer-processor of the same version as the bouncer-runtime it runs"
              + " with.");
    }
    return Optional.of(guards);
  }

  private static String describe(Class<?> resourceClass, Method method) {
    StringBuilder sb = new StringBuilder(resourceClass.getName()).append('.');
    sb.append(method.getName()).append('(');
    Class<?>[] params = method.getParameterTypes();
    for (int i = 0; i < params.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(params[i].getSimpleName());
    }
    return sb.append(')').toString();
  }

}
