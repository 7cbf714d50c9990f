package dev.bouncer.processor.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;

/**
 * The catalogue of every diagnostic the processor reports: its stable key, whether it is an error
 * or a warning, and its text. The key is printed in front of the text, {@code [BouncerSyntax] ...},
 * so that users can search for it and tests can match it; keys are public and never renamed.
 *
 * <p>Texts are {@link String#format} templates whose only placeholder is {@code %s} (so a {@code
 * {id}} in a text needs no escaping); call sites pass the arguments, never text. A key with more
 * than one text has its main template here and the others as {@link Variant}s of the same
 * constant. Sentence fragments that several templates share or that a call site chooses between
 * are {@link Part}s. Each key has a row in {@code docs/diagnostics.md}; {@code MessageTest} checks
 * that, that keys are unique and that every template formats with its number of arguments.
 */
public enum Message {
  SYNTAX("BouncerSyntax", Diagnostic.Kind.ERROR, Texts.SYNTAX),
  EMPTY_EXPRESSION("BouncerEmptyExpression", Diagnostic.Kind.ERROR, Texts.SYNTAX),
  EMPTY_OPERAND("BouncerEmptyOperand", Diagnostic.Kind.ERROR, Texts.SYNTAX),
  EMPTY_PART("BouncerEmptyPart", Diagnostic.Kind.ERROR, Texts.SYNTAX),
  UNBALANCED("BouncerUnbalancedParentheses", Diagnostic.Kind.ERROR, Texts.SYNTAX),
  /** Arguments: the name, the method, a {@link Part} suggestion, a sub-resource hint or "", the excerpt. */
  UNKNOWN_PARAMETER(
      "BouncerUnknownParameter",
      Diagnostic.Kind.ERROR,
      "{%s} is neither a path variable of %s() nor a @PathParam, @QueryParam or @HeaderParam of it."
          + "%s%s\n%s"),
  AMBIGUOUS_PARAMETER(
      "BouncerAmbiguousParameter",
      Diagnostic.Kind.ERROR,
      "{%s} could be filled by the %s of that name in %s(). Rename the query parameter or header"
          + " (or the path variable) so that the name says which value the permission needs.\n%s"),
  MULTI_VALUED_PARAMETER(
      "BouncerMultiValuedParameter",
      Diagnostic.Kind.ERROR,
      "{%s} names %s, a collection or array: the resource would act on every value while the"
          + " permission could name only one. Take a single value, or check each value in the"
          + " resource.\n%s"),
  /** Arguments: the class, the method, the key and the text of the method's error, the method. */
  CLASS_TEMPLATE(
      "BouncerClassTemplate",
      Diagnostic.Kind.ERROR,
      "the class-level policy of %s cannot be applied to %s(): [%s] %s\nGive %s() a policy of its"
          + " own, or add the value to it."),
  MEANINGLESS_TEMPLATE("BouncerMeaninglessTemplate", Diagnostic.Kind.WARNING, Texts.ANALYSIS),
  TEMPLATE_DEFAULT(
      "BouncerTemplateDefault",
      Diagnostic.Kind.WARNING,
      "{%1$s} takes its value from the %2$s %1$s, which has @DefaultValue(\"%3$s\"): a request"
          + " without it is denied (403), because Bouncer checks only the values a request carries,"
          + " never the default the method would get. Drop @DefaultValue so that the %2$s is"
          + " plainly required, or, if such requests should pass, give %4$s() a policy without"
          + " {%1$s} and check the value in the method. If the denial is intended, add"
          + " @SuppressWarnings(\"%5$s\") to the method."),
  NEVER_HOLDS("BouncerNeverHolds", Diagnostic.Kind.WARNING, Texts.ANALYSIS),
  ALWAYS_HOLDS("BouncerAlwaysHolds", Diagnostic.Kind.WARNING, Texts.ANALYSIS),
  DUPLICATE_CLAUSE("BouncerDuplicateClause", Diagnostic.Kind.WARNING, Texts.ANALYSIS),
  TOO_MANY_PERMISSIONS("BouncerTooManyPermissions", Diagnostic.Kind.WARNING, Texts.ANALYSIS),
  NOT_RESOURCE_METHOD(
      "BouncerNotResourceMethod",
      Diagnostic.Kind.ERROR,
      "%s() is not a resource method, so %s would never be enforced. Annotate the method with"
          + " @GET, @POST, ... or @Path, or move the annotation to the resource method it should"
          + " protect."),
  NOT_RESOURCE_CLASS(
      "BouncerNotResourceClass",
      Diagnostic.Kind.ERROR,
      "%s has no resource methods, so its class-level policy would never be enforced. Put it on a"
          + " resource class (one with @Path, or methods with @GET, @POST, ...)."),
  /** Arguments: the method, what keeps it from being called ("static", ...), the annotation. */
  INACCESSIBLE_METHOD(
      "BouncerInaccessibleMethod",
      Diagnostic.Kind.ERROR,
      "%s() is %s, so Jakarta REST never calls it as a resource method and %s protects nothing."
          + " Make the method public and non-static, or remove the annotation."),
  /** Two contradicting annotations; see also {@link Variant#CONFLICT_ROLES}. */
  CONFLICT(
      "BouncerConflict",
      Diagnostic.Kind.ERROR,
      "%s contradicts %s on the same element: keep the one you mean and remove the other."),
  /** {@code @RolesAllowed({})}; see also {@link Variant#EMPTY_ROLE_NAME}. */
  EMPTY_ROLES(
      "BouncerEmptyRoles",
      Diagnostic.Kind.ERROR,
      "@RolesAllowed names no role, so nobody could ever be allowed: name the roles, or use"
          + " @DenyAll if that is what you mean."),
  /** The last argument: {@link Part#THE_METHOD}, or {@link Part#AN_OVERRIDE_IN} the class. */
  AMBIGUOUS_INHERITANCE(
      "BouncerAmbiguousInheritance",
      Diagnostic.Kind.ERROR,
      "%s.%s() inherits two different policies: %s from %s and %s from %s. Bouncer will not pick"
          + " one. Annotate %s with the policy you mean."),
  /**
   * Arguments: the class, the method, how it gets its policy ({@link Part#HAS}, ...), the policy,
   * what it loosens ({@link Part#LOOSENS_CLASS}, ...), why, the suppression token, where to put it.
   */
  LOOSENING(
      "BouncerLoosening",
      Diagnostic.Kind.WARNING,
      "%s.%s() %s%s, which loosens %s: %s If this is intended, add @SuppressWarnings(\"%s\") to"
          + " %s."),
  /** A method declared in the class; see also {@link Variant#MISSING_POLICY_INHERITED}. */
  MISSING_POLICY("BouncerMissingPolicy", Diagnostic.Kind.ERROR, Texts.MISSING_POLICY),
  /** The problem is a {@link Part} ({@link Part#COMPOSED_RETENTION}, ...). */
  COMPOSED_ANNOTATION(
      "BouncerComposedAnnotation",
      Diagnostic.Kind.ERROR,
      "%s is not a composed policy annotation Bouncer accepts: %s"),
  /** A policy annotation on the class itself; the other places are {@link Variant}s. */
  LOCAL_CLASS("BouncerLocalClass", Diagnostic.Kind.ERROR, "%s carries %s." + Texts.LOCAL_CLASS),
  UNRESOLVED_TYPE(
      "BouncerUnresolvedType",
      Diagnostic.Kind.ERROR,
      "%s uses %s, which no round of annotation processing produced, so Bouncer could not"
          + " generate its policies. Fix the type name or the import, or make sure the annotation"
          + " processor that generates it runs in the same compilation."),
  NAME_CLASH(
      "BouncerNameClash",
      Diagnostic.Kind.ERROR,
      "Bouncer cannot generate %s for the policies of %s: a class of that name already exists in"
          + " this compilation, declared in a source file or generated by another annotation"
          + " processor (javac: %s). Names ending in %s, with or without _ and digits after it, are"
          + " reserved for Bouncer's generated classes: rename that class."),
  RUNTIME_MISSING(
      "BouncerRuntimeMissing",
      Diagnostic.Kind.ERROR,
      "dev.bouncer:bouncer-runtime is not on the compile class path, so the policies of %s (and of"
          + " any other resource class) cannot be enforced: the code Bouncer generates for them"
          + " uses %s. Add the runtime as a dependency, of the same version as bouncer-processor:"
          + " Maven <dependency><groupId>dev.bouncer</groupId>"
          + "<artifactId>bouncer-runtime</artifactId><version>...</version></dependency>"
          + " (compile scope, not only on annotationProcessorPaths); Gradle"
          + " implementation(\"dev.bouncer:bouncer-runtime:...\"). Nothing was generated."),
  /** The processor crashed; see also {@link Variant#INTERNAL_WRITE}. */
  INTERNAL(
      "BouncerInternal",
      Diagnostic.Kind.ERROR,
      "Bouncer's processor failed; please report this with the stack trace:\n%s"),
  /** The JSON report could not be written; see also {@link Variant#REPORT_HUMAN}. */
  REPORT("BouncerReport", Diagnostic.Kind.WARNING, "could not write %s: %s");

  /** Texts that several constants share (a holder: enum constants cannot use their own statics). */
  private static final class Texts {
    static final String SYNTAX = "%sinvalid permission expression \"%s\": %s (at column %s).\n%s";
    static final String ANALYSIS = "%s%s.\n%s\nIf this is intended, add @SuppressWarnings(\"%s\") to %s.";
    static final String MISSING_POLICY =
        "%s() has no policy and bouncer.requireExplicit is on. Annotate the method or its class"
            + " with @RequiresPermission, @Authenticated, @RolesAllowed, @DenyAll, or @PermitAll to"
            + " serve it open deliberately.";
    static final String LOCAL_CLASS =
        " Bouncer cannot generate policies for anonymous or local classes (annotation processors"
            + " never see them), so every request to it would be denied with 500. Make it a named"
            + " class: a static nested class or a top-level class, and return an instance of that.";
    static final String COMPOSED_NOT_HERE =
        "@%1$s declares a policy, but on %2$s it protects nothing: Bouncer enforces policies on"
            + " resource methods and classes only. Move it to the resource method or class, and"
            + " narrow @Target of %1$s to TYPE and METHOD.";

    private Texts() {}
  }

  /** The texts of a key besides its main one: same key, same kind, another template. */
  public enum Variant {
    /** Two annotations that declare the same policy annotation. */
    CONFLICT_SAME_POLICY(
        CONFLICT,
        "%s and %s both declare %s on one element: Bouncer will not pick one. Keep the one you mean"
            + " and remove the other."),
    /** {@code @RolesAllowed} beside {@code @RequiresPermission}. */
    CONFLICT_ROLES(
        CONFLICT,
        "%s and %s on one element: Bouncer will not guess whether both or either must hold. Keep"
            + " one; with the default authorizer a role is a permission, so"
            + " @RequiresPermission(\"role1 || role2\") can express either."),
    EMPTY_ROLE_NAME(EMPTY_ROLES, "@RolesAllowed contains an empty role name: remove it or name the role."),
    /** Arguments: the class, the method. */
    MISSING_POLICY_INHERITED(MISSING_POLICY, "%s inherits " + Texts.MISSING_POLICY),
    /** A composed policy annotation on a field, parameter or constructor. */
    COMPOSED_NOT_HERE(COMPOSED_ANNOTATION, Texts.COMPOSED_NOT_HERE),
    LOCAL_CLASS_METHOD(LOCAL_CLASS, "%s carries %s on %s()." + Texts.LOCAL_CLASS),
    LOCAL_CLASS_IMPLEMENTS(LOCAL_CLASS, "%s implements %s, which declares %s." + Texts.LOCAL_CLASS),
    LOCAL_CLASS_EXTENDS(LOCAL_CLASS, "%s extends %s, which declares %s." + Texts.LOCAL_CLASS),
    /** A generated file could not be written. */
    INTERNAL_WRITE(INTERNAL, "could not write %s: %s"),
    /** The HTML and Markdown reports could not be written. */
    REPORT_HUMAN(
        REPORT,
        "could not write the HTML and Markdown reports to %s: %s. Set -A%s=DIR to choose another"
            + " directory, or =none to skip them.");

    private final Message message;
    private final String template;

    Variant(Message message, String template) {
      this.message = message;
      this.template = template;
    }

    /** The key and kind this text is reported under. */
    public Message message() {
      return message;
    }

    public String template() {
      return template;
    }

    /** The text with {@code args} filled in, without the key. */
    public String text(Object... args) {
      return fill(template, args);
    }

    /** The text with its key in front: {@code [BouncerConflict] text}. */
    public String format(Object... args) {
      return message.keyed(text(args));
    }
  }

  /** Fragments that a call site chooses between and passes as an argument of a template. */
  public enum Part {
    /** In front of a text about the value inside a composed annotation's declaration. */
    IN_META("in %s's meta-annotation: "),
    /** The end of a warning's {@code @SuppressWarnings} advice. */
    THE_CLASS("the class"),
    THE_METHOD("the method"),
    AN_OVERRIDE_IN("an override of it in %s"),
    DID_YOU_MEAN(" Did you mean {%s}?"),
    /** The available names, joined by "}, {". */
    AVAILABLE(" Available: {%s}."),
    NOTHING_AVAILABLE(" The method has no path variable or annotated parameter to take a value from."),
    SUB_RESOURCE_HINT(
        " In a sub-resource, a path variable of the locator is available through a parameter"
            + " annotated @PathParam(\"%s\")."),
    /** How the method of a loosening warning gets its policy. */
    HAS("has "),
    GETS_CLASS("gets its class's "),
    INHERITS_FROM("inherits from %s "),
    /** What a loosening warning's policy loosens. */
    LOOSENS_CLASS("its class's %s"),
    LOOSENS_CLASS_LEVEL("the class-level %s of %s"),
    LOOSENS_OVERRIDDEN("%s on %s, which it overrides"),
    /** The problems of a composed annotation. */
    COMPOSED_RETENTION(
        "%s is retained %s, so Bouncer's runtime cannot see it on a class compiled without the"
            + " processor and would serve that endpoint open. Annotate %s with"
            + " @Retention(RetentionPolicy.RUNTIME)."),
    RETAINED_IN_SOURCE("in the source only"),
    RETAINED_IN_CLASS("in class files only"),
    COMPOSED_ATTRIBUTES(
        "%1$s declares %2$s: Bouncer reads the policy only from %1$s's own meta-annotation and never"
            + " from its attributes, so they could not change what is enforced. Remove the"
            + " attributes, and declare one composed annotation per policy (or write the policy"
            + " annotation directly)."),
    COMPOSED_REPEATABLE(
        "%s is @Repeatable: written twice, it is stored inside its container annotation, where its"
            + " policy would be lost. Remove @Repeatable from %s."),
    COMPOSED_SEVERAL(
        "%1$s carries %2$s policy annotations (%3$s): Bouncer accepts exactly one per composed"
            + " annotation, so that it is plain which one holds. Give %1$s one policy annotation"
            + " (one @RequiresPermission expression can combine permissions with && and ||)."),
    /** After a policy annotation that a composed annotation carries through another one. */
    THROUGH(" through @%s"),
    /** Where a local class is. */
    ANONYMOUS_CLASS("the anonymous class in %s"),
    NAMED_LOCAL_CLASS("the local class %s in %s");

    private final String template;

    Part(String template) {
      this.template = template;
    }

    public String template() {
      return template;
    }

    /** The fragment with {@code args} filled in. */
    public String text(Object... args) {
      return fill(template, args);
    }
  }

  private final String key;
  private final Diagnostic.Kind kind;
  private final String template;

  Message(String key, Diagnostic.Kind kind, String template) {
    this.key = key;
    this.kind = kind;
    this.template = template;
  }

  /**
   * The diagnostic of a syntax error of the policy language.
   *
   * @param kind which rule of the grammar was broken
   * @return its catalogue entry
   */
  public static Message of(dev.bouncer.policy.SyntaxError.Kind kind) {
    return switch (kind) {
      case SYNTAX -> SYNTAX;
      case EMPTY_EXPRESSION -> EMPTY_EXPRESSION;
      case EMPTY_OPERAND -> EMPTY_OPERAND;
      case EMPTY_PART -> EMPTY_PART;
      case UNBALANCED -> UNBALANCED;
    };
  }

  /**
   * The diagnostic of a finding of the policy language's analysis.
   *
   * @param kind what was found
   * @return its catalogue entry
   */
  public static Message of(dev.bouncer.policy.Analysis.Kind kind) {
    return switch (kind) {
      case DUPLICATE_CLAUSE -> DUPLICATE_CLAUSE;
      case MEANINGLESS_TEMPLATE -> MEANINGLESS_TEMPLATE;
      case NEVER_HOLDS -> NEVER_HOLDS;
      case ALWAYS_HOLDS -> ALWAYS_HOLDS;
      case TOO_MANY_ATOMS -> TOO_MANY_PERMISSIONS;
    };
  }

  /** The stable key, for example {@code BouncerSyntax}. */
  public String key() {
    return key;
  }

  /** ERROR or WARNING: a call site cannot choose it. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The main template of this key. */
  public String template() {
    return template;
  }

  /** The main text with {@code args} filled in, without the key. */
  public String text(Object... args) {
    return fill(template, args);
  }

  /** The main text with its key in front: {@code [BouncerSyntax] text}. */
  public String format(Object... args) {
    return keyed(text(args));
  }

  String keyed(String text) {
    return "[" + key + "] " + text;
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("%(?:(\\d+)\\$)?s");

  /**
   * How many arguments {@code template} takes: the number of {@code %s}, or the highest {@code
   * %n$s}. Any other {@code %} is a mistake in the catalogue: -1.
   */
  static int arity(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    int plain = 0;
    int highest = 0;
    int end = 0;
    while (m.find()) {
      if (template.substring(end, m.start()).indexOf('%') >= 0) {
        return -1;
      }
      end = m.end();
      if (m.group(1) == null) {
        plain++;
      } else {
        highest = Math.max(highest, Integer.parseInt(m.group(1)));
      }
    }
    if (template.substring(end).indexOf('%') >= 0 || (plain > 0 && highest > 0)) {
      return -1;
    }
    return Math.max(plain, highest);
  }

  /**
   * Fills {@code template}; a wrong number of arguments is a bug at the call site, which the
   * processor reports as {@code [BouncerInternal]} rather than print a text with holes.
   */
  static String fill(String template, Object... args) {
    int arity = arity(template);
    if (arity != args.length) {
      throw new IllegalArgumentException(
          "template takes " + arity + " arguments, got " + args.length + ": " + template);
    }
    return String.format(java.util.Locale.ROOT, template, args);
  }
}
