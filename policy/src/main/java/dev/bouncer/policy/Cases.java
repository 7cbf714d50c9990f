package dev.bouncer.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Every case a caller can be in, as far as some expressions can tell: the one enumeration behind
 * every relation of {@link Relations}, with the one limit {@link #MAX_ATOMS}.
 *
 * <p>A caller's grants matter only through the set of atoms they imply. For each subset of the
 * expressions' distinct atoms, held as grants, the caller holds exactly the atoms that some atom
 * of the subset implies ({@link Expr.Atom#implies(Expr.Atom)}). Since implication is reflexive and
 * transitive, the sets reached this way are exactly the sets that real grants can produce
 * (holding the atoms a real grant set satisfies, as grants, satisfies the same atoms). A template
 * is one literal value that no word equals: the most general case, since a value equal to a word
 * only adds implications and so removes cases.
 */
public final class Cases {
  /**
   * Expressions with more distinct atoms than this are not enumerated (2^20 cases, about a
   * million): {@link #of(Expr...)} throws {@link TooManyAtomsException}.
   */
  public static final int MAX_ATOMS = 20;

  private final List<Expr.Atom> atoms;
  /** For each atom, as a bit mask, the atoms that a caller granted it holds. */
  private final int[] implied;

  private Cases(List<Expr.Atom> atoms) {
    this.atoms = atoms;
    int n = atoms.size();
    this.implied = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (atoms.get(i).implies(atoms.get(j))) {
          implied[i] |= 1 << j;
        }
      }
    }
  }

  /**
   * The cases of some expressions, over their distinct atoms in order of first appearance.
   *
   * @param exprs the expressions
   * @return the cases
   * @throws TooManyAtomsException if they name more than {@link #MAX_ATOMS} distinct atoms
   */
  public static Cases of(Expr... exprs) {
    Set<Expr.Atom> distinct = new LinkedHashSet<>();
    for (Expr e : exprs) {
      distinct.addAll(e.atoms());
    }
    if (distinct.size() > MAX_ATOMS) {
      throw new TooManyAtomsException(distinct.size());
    }
    return new Cases(List.copyOf(distinct));
  }

  /**
   * The distinct atoms, in order of first appearance; bit {@code i} of a case is atom {@code i}.
   *
   * @return the atoms
   */
  public List<Expr.Atom> atoms() {
    return atoms;
  }

  /**
   * How many grant sets {@link #forEach(Visitor)} visits: 2 to the number of atoms.
   *
   * @return the number of cases
   */
  public int size() {
    return 1 << atoms.size();
  }

  /**
   * The atoms a caller holds who is granted the atoms of {@code grants}.
   *
   * @param grants a bit mask of granted atoms
   * @return the bit mask of held atoms
   */
  public int held(int grants) {
    int held = 0;
    for (int i = 0; i < implied.length; i++) {
      if ((grants & (1 << i)) != 0) {
        held |= implied[i];
      }
    }
    return held;
  }

  /**
   * The expression as a test on the atoms held, for {@link #forEach(Visitor)}.
   *
   * @param expr an expression whose atoms are all among {@link #atoms()}
   * @return whether a caller holding a bit mask of atoms satisfies it
   */
  public IntPredicate compile(Expr expr) {
    if (expr instanceof Expr.Atom atom) {
      int index = atoms.indexOf(atom);
      if (index < 0) {
        throw new IllegalArgumentException("'" + atom + "' is not one of " + atoms);
      }
      int bit = 1 << index;
      return held -> (held & bit) != 0;
    }
    if (expr instanceof Expr.Const c) {
      boolean value = c.value();
      return held -> value;
    }
    if (expr instanceof Expr.Not not) {
      return compile(not.operand()).negate();
    }
    List<IntPredicate> operands = new ArrayList<>();
    for (Expr operand : expr.operands()) {
      operands.add(compile(operand));
    }
    IntPredicate[] ops = operands.toArray(new IntPredicate[0]);
    if (expr instanceof Expr.And) {
      return held -> {
        for (IntPredicate op : ops) {
          if (!op.test(held)) {
            return false;
          }
        }
        return true;
      };
    }
    return held -> {
      for (IntPredicate op : ops) {
        if (op.test(held)) {
          return true;
        }
      }
      return false;
    };
  }

  /** What {@link #forEach(Visitor)} calls for each case. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * One case.
     *
     * @param grants the atoms granted, as a bit mask
     * @param held the atoms held, as a bit mask
     * @return false to stop
     */
    boolean visit(int grants, int held);
  }

  /**
   * Visits every grant set, from the empty one up in numeric order (so a small one first), until
   * the visitor returns false.
   *
   * @param visitor what to call
   */
  public void forEach(Visitor visitor) {
    int size = size();
    for (int grants = 0; grants < size; grants++) {
      if (!visitor.visit(grants, held(grants))) {
        return;
      }
    }
  }

  /**
   * The atoms of a bit mask.
   *
   * @param mask a bit mask over {@link #atoms()}
   * @return the atoms, in order
   */
  public List<Expr.Atom> atoms(int mask) {
    List<Expr.Atom> list = new ArrayList<>();
    for (int i = 0; i < atoms.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        list.add(atoms.get(i));
      }
    }
    return List.copyOf(list);
  }
}
