package dev.bouncer.cli.diff;

import dev.bouncer.processor.report.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two policies by meaning, by brute force: every caller state is tried, the anonymous
 * caller and an identified caller holding each subset of the permissions and roles named by
 * either policy. A held grant also holds whatever it implies (Shiro wildcards), so the subsets
 * cover every way real grants can satisfy the atoms: for a real grant set, the atoms it satisfies
 * form a subset that, held as grants, satisfies exactly the same atoms.
 *
 * @param verdict the verdict
 * @param gained a caller the new policy lets in and the old did not, or null
 * @param lost a caller the old policy let in and the new does not, or null
 */
public record Comparison(Verdict verdict, String gained, String lost) {
  /** Above this many distinct atoms, 2^n caller states are too many to try. */
  public static final int MAX_ATOMS = 20;

  public static Comparison of(Report.Policy before, Report.Policy after) {
    return of(Meaning.of(before), Meaning.of(after));
  }

  public static Comparison of(Meaning before, Meaning after) {
    String gained = null;
    String lost = null;
    if (after.anonymous() && !before.anonymous()) {
      gained = "an anonymous caller";
    }
    if (before.anonymous() && !after.anonymous()) {
      lost = "an anonymous caller";
    }
    Set<Grant> all = new LinkedHashSet<>(before.atoms());
    all.addAll(after.atoms());
    List<Grant> atoms = new ArrayList<>(all);
    if (atoms.size() > MAX_ATOMS) {
      throw new IllegalArgumentException(
          "the policies name "
              + atoms.size()
              + " distinct permissions and roles; more than "
              + MAX_ATOMS
              + " cannot be compared exhaustively");
    }
    int n = atoms.size();
    // implied[i]: the atoms that holding atom i satisfies, as a bit mask.
    int[] implied = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (atoms.get(i).implies(atoms.get(j))) {
          implied[i] |= 1 << j;
        }
      }
    }
    Map<Grant, Boolean> held = new HashMap<>();
    for (int set = 0; set < (1 << n) && (gained == null || lost == null); set++) {
      int satisfied = 0;
      for (int i = 0; i < n; i++) {
        if ((set & (1 << i)) != 0) {
          satisfied |= implied[i];
        }
      }
      for (int j = 0; j < n; j++) {
        held.put(atoms.get(j), (satisfied & (1 << j)) != 0);
      }
      boolean was = before.allows(held);
      boolean is = after.allows(held);
      if (is && !was && gained == null) {
        gained = describe(atoms, set);
      }
      if (was && !is && lost == null) {
        lost = describe(atoms, set);
      }
    }
    Verdict verdict =
        gained == null
            ? (lost == null ? Verdict.UNCHANGED : Verdict.TIGHTENED)
            : (lost == null ? Verdict.LOOSENED : Verdict.INCOMPARABLE);
    return new Comparison(verdict, gained, lost);
  }

  private static String describe(List<Grant> atoms, int set) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < atoms.size(); i++) {
      if ((set & (1 << i)) != 0) {
        names.add(atoms.get(i).toString());
      }
    }
    return names.isEmpty()
        ? "an identified caller holding nothing"
        : "a caller holding only " + String.join(", ", names);
  }
}
