package dev.bouncer.processor.model;

/**
 * Where the value of a {@code {name}} template comes from at run time.
 *
 * @param name the template's name as written in the expression
 * @param source the kind of request value
 * @param key the name to look up in the request: the path variable, query parameter or header
 */
public record TemplateBinding(String name, Source source, String key) {
  /** The kinds of request value a template can take. */
  public enum Source {
    /** A path template variable of the endpoint, decoded. */
    PATH,
    /** A query parameter of the resource method ({@code @QueryParam}), decoded. */
    QUERY,
    /** A request header of the resource method ({@code @HeaderParam}). */
    HEADER
  }
}
