package dev.bouncer.processor.property;

import dev.bouncer.policy.Expr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A deliberately simple evaluator of expressions, written from the semantics in docs/dsl.md and sharing
 * no code with the processor or the runtime: the generated filters must agree with it.
 */
final class Reference {
  private Reference() {}

  /** Whether a caller with {@code grants} passes {@code expr} for a request whose {id} is {@code id}. */
  static boolean permits(Expr expr, Collection<String> grants, String id) {
    if (hasTemplate(expr) && (id == null || id.isEmpty())) {
      return false; // a missing value denies the whole request
    }
    return eval(expr, grants, id);
  }

  private static boolean eval(Expr expr, Collection<String> grants, String id) {
    if (expr instanceof Expr.Atom atom) {
      List<Set<String>> required = new ArrayList<>();
      for (List<Expr.Sub> part : atom.parts()) {
        Set<String> subs = new HashSet<>();
        for (Expr.Sub sub : part) {
          subs.add(sub.kind() == Expr.Sub.Kind.TEMPLATE ? id : sub.toString());
        }
        required.add(subs);
      }
      for (String grant : grants) {
        if (implies(split(grant), required)) {
          return true;
        }
      }
      return false;
    }
    if (expr instanceof Expr.Not not) {
      return !eval(not.operand(), grants, id);
    }
    if (expr instanceof Expr.And and) {
      boolean all = true;
      for (Expr e : and.operands()) {
        all &= eval(e, grants, id);
      }
      return all;
    }
    boolean any = false;
    for (Expr e : ((Expr.Or) expr).operands()) {
      any |= eval(e, grants, id);
    }
    return any;
  }

  private static List<Set<String>> split(String grant) {
    List<Set<String>> parts = new ArrayList<>();
    for (String part : grant.split(":")) {
      parts.add(new HashSet<>(List.of(part.split(","))));
    }
    return parts;
  }

  /** Shiro's rule: each granted part covers the required one (or is '*'); extra granted parts are '*'. */
  private static boolean implies(List<Set<String>> granted, List<Set<String>> required) {
    for (int i = 0; i < Math.max(granted.size(), required.size()); i++) {
      if (i >= granted.size()) {
        return true;
      }
      Set<String> g = granted.get(i);
      if (i >= required.size()) {
        if (!g.contains("*")) {
          return false;
        }
        continue;
      }
      if (!g.contains("*") && !g.containsAll(required.get(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean hasTemplate(Expr expr) {
    return expr.toString().contains("{");
  }
}
