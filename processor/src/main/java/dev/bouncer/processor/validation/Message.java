package dev.bouncer.processor.validation;

/**
 * Every diagnostic the processor reports, with its stable key. The key is printed in front of the
 * message so that users can search for it and tests can match it.
 */
public enum Message {
  SYNTAX("BouncerSyntax"),
  EMPTY_EXPRESSION("BouncerEmptyExpression"),
  EMPTY_OPERAND("BouncerEmptyOperand"),
  EMPTY_PART("BouncerEmptyPart"),
  UNBALANCED("BouncerUnbalancedParentheses"),
  UNKNOWN_PARAMETER("BouncerUnknownParameter"),
  AMBIGUOUS_PARAMETER("BouncerAmbiguousParameter"),
  MULTI_VALUED_PARAMETER("BouncerMultiValuedParameter"),
  CLASS_TEMPLATE("BouncerClassTemplate"),
  MEANINGLESS_TEMPLATE("BouncerMeaninglessTemplate"),
  TEMPLATE_DEFAULT("BouncerTemplateDefault"),
  NEVER_HOLDS("BouncerNeverHolds"),
  ALWAYS_HOLDS("BouncerAlwaysHolds"),
  DUPLICATE_CLAUSE("BouncerDuplicateClause"),
  TOO_MANY_PERMISSIONS("BouncerTooManyPermissions"),
  NOT_RESOURCE_METHOD("BouncerNotResourceMethod"),
  NOT_RESOURCE_CLASS("BouncerNotResourceClass"),
  INACCESSIBLE_METHOD("BouncerInaccessibleMethod"),
  CONFLICT("BouncerConflict"),
  EMPTY_ROLES("BouncerEmptyRoles"),
  AMBIGUOUS_INHERITANCE("BouncerAmbiguousInheritance"),
  LOOSENING("BouncerLoosening"),
  MISSING_POLICY("BouncerMissingPolicy"),
  COMPOSED_ANNOTATION("BouncerComposedAnnotation"),
  LOCAL_CLASS("BouncerLocalClass"),
  UNRESOLVED_TYPE("BouncerUnresolvedType"),
  NAME_CLASH("BouncerNameClash"),
  RUNTIME_MISSING("BouncerRuntimeMissing"),
  INTERNAL("BouncerInternal");

  private final String key;

  Message(String key) {
    this.key = key;
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

  /** The message with its key in front: {@code [BouncerSyntax] text}. */
  public String format(String text) {
    return "[" + key + "] " + text;
  }
}
