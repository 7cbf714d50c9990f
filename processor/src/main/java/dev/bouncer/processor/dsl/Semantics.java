package dev.bouncer.processor.dsl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares what two expressions require, by their meaning rather than their text: {@code a && b}
 * is stronger than {@code a}, {@code orders:*} is weaker than {@code orders:read}, and reordering
 * changes nothing.
 *
 * <p>Decided by brute force. Every grant a caller may hold matters only through the set of atoms
 * it implies, and (implication being transitive) that set is also what holding exactly those atoms
 * gives. So evaluating both expressions for every subset of their atoms, each subset closed under
 * wildcard implication, visits every case that can happen. A template {@code {id}} stands for one
 * unknown literal value, the same in both expressions.
 */
public final class Semantics {
  /** More atoms than this are not compared (2^16 evaluations); the answer is then empty. */
  public static final int MAX_ATOMS = 16;

  /** How a new requirement relates to an old one. */
  public enum Relation {
    /** Exactly the same callers pass. */
    EQUIVALENT,
    /** Every caller who passes the new one passed the old, and some who passed the old no longer do. */
    STRONGER,
    /** Every caller who passed the old one passes the new, and some more do. */
    WEAKER,
    /** Some callers gain access and others lose it. */
    INCOMPARABLE
  }

  private Semantics() {}

  /**
   * How {@code changed} relates to {@code original}, or empty when there are too many distinct
   * atoms to decide it.
   */
  public static Optional<Relation> compare(Expr original, Expr changed) {
    List<String> atoms = new ArrayList<>(distinctAtoms(original, changed));
    if (atoms.size() > MAX_ATOMS) {
      return Optional.empty();
    }
    boolean[][] implies = new boolean[atoms.size()][atoms.size()];
    for (int g = 0; g < atoms.size(); g++) {
      for (int r = 0; r < atoms.size(); r++) {
        implies[g][r] = implies(atoms.get(g), atoms.get(r));
      }
    }
    boolean gains = false;
    boolean loses = false;
    for (int grants = 0; grants < (1 << atoms.size()); grants++) {
      boolean[] held = new boolean[atoms.size()];
      for (int r = 0; r < atoms.size(); r++) {
        for (int g = 0; g < atoms.size() && !held[r]; g++) {
          held[r] = (grants & (1 << g)) != 0 && implies[g][r];
        }
      }
      boolean before = eval(original, atoms, held);
      boolean after = eval(changed, atoms, held);
      gains |= after && !before;
      loses |= before && !after;
    }
    if (gains && loses) {
      return Optional.of(Relation.INCOMPARABLE);
    }
    if (gains) {
      return Optional.of(Relation.WEAKER);
    }
    return Optional.of(loses ? Relation.STRONGER : Relation.EQUIVALENT);
  }

  private static Set<String> distinctAtoms(Expr a, Expr b) {
    Set<String> atoms = new LinkedHashSet<>();
    for (Expr.Atom atom : a.atoms()) {
      atoms.add(atom.toString());
    }
    for (Expr.Atom atom : b.atoms()) {
      atoms.add(atom.toString());
    }
    return atoms;
  }

  private static boolean eval(Expr expr, List<String> atoms, boolean[] held) {
    if (expr instanceof Expr.Atom atom) {
      return held[atoms.indexOf(atom.toString())];
    }
    if (expr instanceof Expr.Not not) {
      return !eval(not.operand(), atoms, held);
    }
    if (expr instanceof Expr.And and) {
      for (Expr operand : and.operands()) {
        if (!eval(operand, atoms, held)) {
          return false;
        }
      }
      return true;
    }
    for (Expr operand : ((Expr.Or) expr).operands()) {
      if (eval(operand, atoms, held)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a caller granted {@code granted} holds {@code required}, with Apache Shiro's wildcard
   * rules, case-sensitive: a missing trailing part or a {@code *} part holds anything, a part holds
   * each of the sub-parts it lists. A template sub-part is a literal that only {@code *} or the
   * same template holds.
   */
  public static boolean implies(String granted, String required) {
    String[] g = granted.split(":", -1);
    String[] r = required.split(":", -1);
    for (int i = 0; i < g.length; i++) {
      Set<String> grantedPart = new HashSet<>(List.of(g[i].split(",", -1)));
      if (i >= r.length) {
        if (!grantedPart.contains("*")) {
          return false;
        }
        continue;
      }
      if (grantedPart.contains("*")) {
        continue;
      }
      for (String sub : r[i].split(",", -1)) {
        if (!grantedPart.contains(sub)) {
          return false;
        }
      }
    }
    return true;
  }
}
