package dev.bouncer.it.app;

import jakarta.annotation.security.RolesAllowed;

/**
 * Its class-level {@code @RolesAllowed("clerk")} applies where the interface has no method-level
 * policy ({@code entries}); {@code post} keeps the interface's permission and {@code rates} its
 * {@code @PermitAll}.
 */
@RolesAllowed("clerk")
@SuppressWarnings("bouncer:loosening")
public class LedgerResource implements LedgerApi {
  @Override
  public String entries() {
    return Hits.record("ledger.entries");
  }

  @Override
  public String post() {
    return Hits.record("ledger.post");
  }

  @Override
  public String rates() {
    return Hits.record("ledger.rates");
  }
}
