package dev.bouncer.processor.model;

/** Qualified names of the annotations the processor reads; it never loads them as classes. */
public final class Names {
  public static final String AUTHENTICATED = "dev.bouncer.Authenticated";
  public static final String REQUIRES_PERMISSION = "dev.bouncer.RequiresPermission";
  public static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";
  public static final String DENY_ALL = "jakarta.annotation.security.DenyAll";
  public static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";
  public static final String PATH = "jakarta.ws.rs.Path";
  public static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

  /** The standard HTTP-method annotations; custom ones are recognised by their meta-annotation. */
  public static final String[] HTTP_METHOD_ANNOTATIONS = {
    "jakarta.ws.rs.GET",
    "jakarta.ws.rs.POST",
    "jakarta.ws.rs.PUT",
    "jakarta.ws.rs.DELETE",
    "jakarta.ws.rs.HEAD",
    "jakarta.ws.rs.OPTIONS",
    "jakarta.ws.rs.PATCH"
  };

  private Names() {}
}
