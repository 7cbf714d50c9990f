package dev.bouncer.policy;

/**
 * Thrown when expressions name more distinct atoms than {@link Cases#MAX_ATOMS}: their relations
 * are decided by trying every case, and there would be too many.
 */
public final class TooManyAtomsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many distinct atoms there were. */
  private final int atoms;

  TooManyAtomsException(int atoms) {
    super(
        "the policies name "
            + atoms
            + " distinct permissions and roles; more than "
            + Cases.MAX_ATOMS
            + " cannot be compared exhaustively (2^"
            + atoms
            + " cases): split the requirement or name fewer distinct permissions");
    this.atoms = atoms;
  }

  /**
   * How many distinct atoms there were.
   *
   * @return the number of atoms
   */
  public int atoms() {
    return atoms;
  }
}
