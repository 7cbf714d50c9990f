package dev.bouncer.cli.diff;

import dev.bouncer.processor.dsl.Expr;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A permission or role as the comparison sees it. Permissions are lists of parts, each a list of
 * sub-parts; a template sub-part is a symbolic value (written {@code {PATH:id}}, by where its value
 * comes from) that equals only itself, so no word implies it and only {@code *} covers it. Roles
 * are opaque names in their own namespace: a role never implies a permission, nor the reverse.
 *
 * @param role whether this is a role of {@code @RolesAllowed}
 * @param parts the parts; a role has one part with one sub-part
 */
public record Grant(boolean role, List<List<String>> parts) {
  /** The text of a wildcard sub-part. */
  static final String WILDCARD = "*";

  public Grant {
    parts = List.copyOf(parts.stream().map(List::copyOf).toList());
  }

  static Grant role(String name) {
    return new Grant(true, List.of(List.of(name)));
  }

  /**
   * A permission from the expression's atom; templates become {@code {source:key}} symbols (their
   * binding), or {@code {name}} when the report does not say where the value comes from.
   */
  static Grant permission(Expr.Atom atom, java.util.function.UnaryOperator<String> symbol) {
    return new Grant(
        false,
        atom.parts().stream()
            .map(
                part ->
                    part.stream()
                        .map(
                            sub ->
                                switch (sub.kind()) {
                                  case WORD -> sub.text();
                                  case WILDCARD -> WILDCARD;
                                  case TEMPLATE -> "{" + symbol.apply(sub.text()) + "}";
                                })
                        .toList())
            .toList());
  }

  /**
   * Whether holding this implies holding {@code required}: Apache Shiro's wildcard rule. A grant
   * with fewer parts implies everything below it; each part must be {@code *} or contain all of
   * the required part's sub-parts; extra parts of the grant must be {@code *}.
   */
  public boolean implies(Grant required) {
    if (role || required.role) {
      return role == required.role && parts.equals(required.parts);
    }
    int i = 0;
    for (List<String> otherPart : required.parts) {
      if (i >= parts.size()) {
        return true;
      }
      List<String> part = parts.get(i);
      if (!part.contains(WILDCARD) && !part.containsAll(otherPart)) {
        return false;
      }
      i++;
    }
    for (; i < parts.size(); i++) {
      if (!parts.get(i).contains(WILDCARD)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    String text =
        parts.stream().map(p -> String.join(",", p)).collect(Collectors.joining(":"));
    return role ? "role " + text : text;
  }
}
