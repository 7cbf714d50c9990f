package dev.bouncer.processor.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The message catalogue: keys documented and unique, every template well formed. */
class MessageTest {
  /** Surefire runs in the module's directory, {@code processor/}. */
  private static final Path DIAGNOSTICS = Path.of("..", "docs", "diagnostics.md");

  @ParameterizedTest
  @EnumSource(Message.class)
  void everyKeyHasARowInDiagnosticsMd(Message message) throws IOException {
    String doc = Files.readString(DIAGNOSTICS, StandardCharsets.UTF_8);
    assertTrue(
        doc.contains("`" + message.key() + "`"),
        message.key() + " has no row in docs/diagnostics.md");
  }

  @Test
  void keysAreUniqueAndLookLikeKeys() {
    Set<String> keys = new HashSet<>();
    for (Message message : Message.values()) {
      assertTrue(keys.add(message.key()), "duplicate key " + message.key());
      assertTrue(message.key().matches("Bouncer[A-Z][A-Za-z]+"), message.key());
    }
  }

  @ParameterizedTest
  @EnumSource(Message.class)
  void everyMessageIsAnErrorOrAWarning(Message message) {
    assertTrue(
        message.kind() == Diagnostic.Kind.ERROR || message.kind() == Diagnostic.Kind.WARNING,
        message + " is " + message.kind());
  }

  static Stream<String> templates() {
    return Stream.of(
            Stream.of(Message.values()).map(Message::template),
            Stream.of(Message.Variant.values()).map(Message.Variant::template),
            Stream.of(Message.Part.values()).map(Message.Part::template))
        .flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("templates")
  void everyTemplateFormatsWithItsNumberOfArguments(String template) {
    int arity = Message.arity(template);
    assertTrue(arity >= 0, "a placeholder other than %s or %n$s in: " + template);
    Object[] args = new Object[arity];
    for (int i = 0; i < arity; i++) {
      args[i] = "<" + i + ">";
    }
    String text = assertDoesNotThrow(() -> Message.fill(template, args));
    for (Object arg : args) {
      assertTrue(text.contains((String) arg), arg + " unused in: " + template);
    }
    assertFalse(text.contains("%"), text);
    assertThrows(
        IllegalArgumentException.class, () -> Message.fill(template, new Object[arity + 1]));
  }

  @ParameterizedTest
  @EnumSource(Message.Variant.class)
  void aVariantKeepsTheKeyAndKindOfItsMessage(Message.Variant variant) {
    Object[] args = new Object[Message.arity(variant.template())];
    assertTrue(variant.format(args).startsWith("[" + variant.message().key() + "] "));
  }

  @Test
  void aTextIsItsTemplateFilledWithTheKeyInFront() {
    assertEquals(
        "[BouncerUnresolvedType] a.B uses c.D, which no round of annotation processing produced,"
            + " so Bouncer could not generate its policies. Fix the type name or the import, or make"
            + " sure the annotation processor that generates it runs in the same compilation.",
        Message.UNRESOLVED_TYPE.format("a.B", "c.D"));
    assertEquals(
        "{id} takes its value from the header id, which has @DefaultValue(\"7\"): a request"
            + " without it is denied (403), because Bouncer checks only the values a request"
            + " carries, never the default the method would get. Drop @DefaultValue so that the"
            + " header is plainly required, or, if such requests should pass, give get() a policy"
            + " without {id} and check the value in the method. If the denial is intended, add"
            + " @SuppressWarnings(\"bouncer:template\") to the method.",
        Message.TEMPLATE_DEFAULT.text("id", "header", "7", "get", "bouncer:template"));
  }

  @Test
  void argumentsAreNotTemplates() {
    assertEquals(
        "[BouncerReport] could not write a%sb: 100% {x}", Message.REPORT.format("a%sb", "100% {x}"));
  }
}
