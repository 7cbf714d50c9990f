package dev.bouncer.processor.report;

import dev.bouncer.report.Report;
import java.util.List;
import java.util.Set;

/**
 * One endpoint of the policy report, as the round that scanned it saw it: strings, enums and
 * lists, with no javac element or type in it, so that the processor can keep it until the last
 * round. {@link ReportWriter#rows} builds it; {@link ReportWriter#build} adds the application path
 * and the locator chains, which need every row of the compilation.
 *
 * @param httpMethods its HTTP methods, sorted; empty for a locator
 * @param path its path: for a root resource without the application path, for a sub-resource
 *     relative to the locator that returns it
 * @param root whether its class is a root resource (has {@code @Path})
 * @param locator whether it is a sub-resource locator
 * @param resourceClass the binary name of its resource class
 * @param resourceMethod its name and erased parameter types
 * @param produces the media types of {@code @Produces}, method else class
 * @param consumes likewise for {@code @Consumes}
 * @param source where it is declared; null when unknown
 * @param policy its effective policy
 * @param assignableTo for a sub-resource, the qualified names of its resource class and every
 *     supertype of it: a locator that returns one of them reaches it; empty for a root resource
 * @param returns for a locator, the qualified name of the class or interface its declared return
 *     type erases to; null otherwise, and when that is {@code Object} or not a class
 */
public record EndpointRow(
    List<String> httpMethods,
    String path,
    boolean root,
    boolean locator,
    String resourceClass,
    String resourceMethod,
    List<String> produces,
    List<String> consumes,
    Report.Source source,
    Report.Policy policy,
    Set<String> assignableTo,
    String returns) {

  public EndpointRow {
    httpMethods = List.copyOf(httpMethods);
    produces = List.copyOf(produces);
    consumes = List.copyOf(consumes);
    assignableTo = Set.copyOf(assignableTo);
  }

  /** Whether this locator returns {@code subResource}'s class or a supertype of it. */
  boolean reaches(EndpointRow subResource) {
    return locator && returns != null && subResource.assignableTo.contains(returns);
  }

  /** {@code resourceClass#resourceMethod}. */
  String signature() {
    return resourceClass + "#" + resourceMethod;
  }
}
