package dev.bouncer.report.diff;

import dev.bouncer.policy.Cases;
import dev.bouncer.policy.Relations;
import dev.bouncer.report.Report;

/**
 * Compares two policies by meaning: whether an anonymous caller passes, and for identified callers
 * the policy language's own comparison ({@link Relations#compare}), which tries every case over
 * the permissions and roles named by either policy.
 *
 * @param verdict the verdict
 * @param gained a caller the new policy lets in and the old did not, or null
 * @param lost a caller the old policy let in and the new does not, or null
 */
public record Comparison(Verdict verdict, String gained, String lost) {
  /** Above this many distinct atoms the policies are not compared: the policy language's limit. */
  public static final int MAX_ATOMS = Cases.MAX_ATOMS;

  /** The comparison of two report policies, by their meanings. */
  public static Comparison of(Report.Policy before, Report.Policy after) {
    return of(Meaning.of(before), Meaning.of(after));
  }

  /**
   * The comparison of two meanings.
   *
   * @throws IllegalArgumentException (a {@link dev.bouncer.policy.TooManyAtomsException}) if they
   *     name more than {@link #MAX_ATOMS} distinct permissions and roles
   */
  public static Comparison of(Meaning before, Meaning after) {
    String gained = null;
    String lost = null;
    if (after.anonymous() && !before.anonymous()) {
      gained = "an anonymous caller";
    }
    if (before.anonymous() && !after.anonymous()) {
      lost = "an anonymous caller";
    }
    Relations.Comparison identified = Relations.compare(before.identified(), after.identified());
    if (gained == null && identified.gained() != null) {
      gained = identified.gained().toString();
    }
    if (lost == null && identified.lost() != null) {
      lost = identified.lost().toString();
    }
    Verdict verdict =
        gained == null
            ? (lost == null ? Verdict.UNCHANGED : Verdict.TIGHTENED)
            : (lost == null ? Verdict.LOOSENED : Verdict.INCOMPARABLE);
    return new Comparison(verdict, gained, lost);
  }
}
