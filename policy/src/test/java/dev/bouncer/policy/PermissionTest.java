package dev.bouncer.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionTest {

  @Nested
  class Parse {

    @Test
    void singlePart() {
      Permission p = Permission.parse("orders");

      assertEquals(List.of(Set.of("orders")), p.parts());
    }

    @Test
    void partsAndSubParts() {
      Permission p = Permission.parse("orders:read,write:42");

      assertEquals(List.of(Set.of("orders"), Set.of("read", "write"), Set.of("42")), p.parts());
    }

    @Test
    void subPartsKeepWrittenOrder() {
      Permission p = Permission.parse("orders:write,read,delete");

      assertEquals(List.of("write", "read", "delete"), List.copyOf(p.parts().get(1)));
    }

    @Test
    void whitespaceAroundSubPartsIsTrimmed() {
      Permission p = Permission.parse("  orders : read , write :\t42 ");

      assertEquals(List.of(Set.of("orders"), Set.of("read", "write"), Set.of("42")), p.parts());
      assertEquals("orders:read,write:42", p.toString());
    }

    @Test
    void whitespaceInsideSubPartIsKept() {
      Permission p = Permission.parse("orders:big order");

      assertEquals(Set.of("big order"), p.parts().get(1));
    }

    @Test
    void duplicateSubPartsCollapse() {
      Permission p = Permission.parse("orders:read,read");

      assertEquals(Set.of("read"), p.parts().get(1));
      assertEquals("orders:read", p.toString());
    }

    @Test
    void wildcardIsAnOrdinarySubPartWhenParsed() {
      Permission p = Permission.parse("orders:*");

      assertEquals(Set.of(Permission.WILDCARD), p.parts().get(1));
    }

    @Test
    void otherCharactersAreTakenLiterally() {
      Permission p = Permission.parse("tenant-1.eu:{id}:a/b");

      assertEquals(List.of(Set.of("tenant-1.eu"), Set.of("{id}"), Set.of("a/b")), p.parts());
    }

    @Test
    void nullIsRejected() {
      assertThrows(IllegalArgumentException.class, () -> Permission.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankIsRejected(String text) {
      assertThrows(IllegalArgumentException.class, () -> Permission.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a::b", "a: :b", ":a", "a:", "a:b:", ":"})
    void emptyPartIsRejected(String text) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Permission.parse(text));
      assertTrue(e.getMessage().contains("empty part"), e.getMessage());
      assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,,b", "a:b, ,c", "a:,b", "a:b,", ",a"})
    void emptySubPartIsRejected(String text) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Permission.parse(text));
      assertTrue(e.getMessage().contains("empty sub-part"), e.getMessage());
    }

    @Test
    void errorNamesTheOffsetOfTheEmptySubPart() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Permission.parse("ab:c,,d"));

      // "ab:c," is five characters: the empty sub-part starts at offset 5.
      assertTrue(e.getMessage().contains("offset 5"), e.getMessage());
    }

    @Test
    void errorNamesTheOffsetOfTheEmptyPart() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Permission.parse("ab::c"));

      assertTrue(e.getMessage().contains("offset 3"), e.getMessage());
    }
  }

  @Nested
  class Rendering {

    @ParameterizedTest
    @ValueSource(strings = {"orders", "orders:read", "orders:read,write:42", "*", "a:*:c,d,e"})
    void toStringRoundTrips(String text) {
      Permission p = Permission.parse(text);

      assertEquals(text, p.toString());
      assertEquals(p, Permission.parse(p.toString()));
    }

    @Test
    void ofRendersLikeParse() {
      Permission p = Permission.of(new String[] {"orders"}, new String[] {"read", "write"});

      assertEquals("orders:read,write", p.toString());
      assertEquals(Permission.parse("orders:read,write"), p);
    }
  }

  @Nested
  class Equality {

    @Test
    void samePermissionsAreEqual() {
      Permission a = Permission.parse("orders:read:42");
      Permission b = Permission.parse("orders : read : 42");

      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void subPartOrderDoesNotMatter() {
      Permission a = Permission.parse("orders:read,write");
      Permission b = Permission.parse("orders:write,read");

      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void partOrderMatters() {
      assertNotEquals(Permission.parse("orders:read"), Permission.parse("read:orders"));
    }

    @Test
    void comparisonIsCaseSensitive() {
      assertNotEquals(Permission.parse("orders:read"), Permission.parse("Orders:read"));
    }

    @Test
    void differentLengthsAreNotEqual() {
      assertNotEquals(Permission.parse("orders"), Permission.parse("orders:*"));
    }

    @Test
    void notEqualToOtherTypesOrNull() {
      Permission p = Permission.parse("orders");

      assertFalse(p.equals("orders"));
      assertFalse(p.equals(null));
    }

    @Test
    void equalToItself() {
      Permission p = Permission.parse("orders:read");

      assertEquals(p, p);
    }
  }

  @Nested
  class Of {

    @Test
    void buildsParts() {
      Permission p =
          Permission.of(new String[] {"orders"}, new String[] {"read"}, new String[] {"*"});

      assertEquals(List.of(Set.of("orders"), Set.of("read"), Set.of("*")), p.parts());
    }

    @Test
    void copiesTheArrays() {
      String[] part = {"read"};
      Permission p = Permission.of(new String[] {"orders"}, part);

      part[0] = "delete";

      assertEquals("orders:read", p.toString());
    }

    @Test
    void rejectsNoParts() {
      assertThrows(IllegalArgumentException.class, () -> Permission.of());
      assertThrows(IllegalArgumentException.class, () -> Permission.of((String[][]) null));
    }

    @Test
    void rejectsNullOrEmptyPart() {
      assertThrows(
          IllegalArgumentException.class,
          () -> Permission.of(new String[] {"orders"}, (String[]) null));
      assertThrows(
          IllegalArgumentException.class,
          () -> Permission.of(new String[] {"orders"}, new String[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a:b", "a,b", ":", ","})
    void rejectsInvalidSubPart(String sub) {
      assertThrows(
          IllegalArgumentException.class,
          () -> Permission.of(new String[] {"orders"}, new String[] {"read", sub}));
    }

    @Test
    void rejectsNullSubPart() {
      assertThrows(
          IllegalArgumentException.class,
          () -> Permission.of(new String[] {"orders"}, new String[] {null}));
    }
  }

  @Nested
  class Immutability {

    @Test
    void partsListIsUnmodifiable() {
      Permission p = Permission.parse("orders:read");

      assertThrows(UnsupportedOperationException.class, () -> p.parts().add(Set.of("x")));
      assertThrows(UnsupportedOperationException.class, () -> p.parts().remove(0));
    }

    @Test
    void subPartSetsAreUnmodifiable() {
      Permission p = Permission.parse("orders:read");

      assertThrows(UnsupportedOperationException.class, () -> p.parts().get(1).add("*"));
    }

    @Test
    void subPartSetsOfOfAreUnmodifiable() {
      Permission p = Permission.of(new String[] {"orders"}, new String[] {"read"});

      assertThrows(UnsupportedOperationException.class, () -> p.parts().get(1).add("*"));
      assertThrows(UnsupportedOperationException.class, () -> p.parts().clear());
    }
  }

  @Nested
  class Implies {

    @Test
    void grantWithWildcardPartImpliesAnythingBelow() {
      assertTrue(Permission.parse("orders:*").implies(Permission.parse("orders:read:42")));
    }

    @Test
    void shorterGrantImpliesAnythingBelow() {
      assertTrue(Permission.parse("orders").implies(Permission.parse("orders:read:42")));
    }

    @Test
    void grantedSubPartsHoldEachOfThem() {
      Permission grant = Permission.parse("orders:read,write");

      assertTrue(grant.implies(Permission.parse("orders:read")));
      assertTrue(grant.implies(Permission.parse("orders:write")));
      assertFalse(grant.implies(Permission.parse("orders:delete")));
    }

    @Test
    void trailingWildcardsImplyTheShorterRequirement() {
      assertTrue(Permission.parse("orders:read:*").implies(Permission.parse("orders:read")));
    }

    @Test
    void longerSpecificGrantDoesNotImplyShorterRequirement() {
      assertFalse(Permission.parse("orders:read:42").implies(Permission.parse("orders:read")));
    }

    @Test
    void starImpliesEverything() {
      Permission star = Permission.parse("*");

      assertTrue(star.implies(Permission.parse("orders")));
      assertTrue(star.implies(Permission.parse("orders:read:42")));
      assertTrue(star.implies(Permission.parse("*")));
    }

    @Test
    void isCaseSensitive() {
      assertFalse(Permission.parse("Orders:read").implies(Permission.parse("orders:read")));
      assertFalse(Permission.parse("orders:READ").implies(Permission.parse("orders:read")));
    }

    @Test
    void singleGrantedSubPartDoesNotHoldSeveralRequired() {
      assertFalse(
          Permission.parse("orders:read:42").implies(Permission.parse("orders:read:42,43")));
    }

    @Test
    void requiredWildcardIsALiteralThatOnlyAWildcardHolds() {
      assertFalse(Permission.parse("orders:read").implies(Permission.parse("orders:*")));
      assertTrue(Permission.parse("orders:*").implies(Permission.parse("orders:*")));
    }

    @Test
    void permissionFromOfImpliesLikeParsedOne() {
      Permission grant = Permission.of(new String[] {"orders"}, new String[] {"read", "write"});

      assertTrue(grant.implies(Permission.of(new String[] {"orders"}, new String[] {"write"})));
      assertFalse(grant.implies(Permission.of(new String[] {"orders"}, new String[] {"delete"})));
    }

    @Test
    void nullRequirementIsRejected() {
      assertThrows(NullPointerException.class, () -> Permission.parse("*").implies(null));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' implies ''{1}'': {2}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            # grant              | required            | implied
            orders               | orders              | true
            orders               | orders:read         | true
            orders               | orders:read:42      | true
            orders:*             | orders              | true
            orders:*             | orders:read         | true
            orders:*             | orders:read:42      | true
            orders:*:*           | orders:read         | true
            orders:*:42          | orders:read:42      | true
            orders:*:42          | orders:read:43      | false
            orders:*:42          | orders:read         | false
            orders:read          | orders:read         | true
            orders:read          | orders:read:42      | true
            orders:read          | orders:write        | false
            orders:read          | orders              | false
            orders:read          | orders:read,write   | false
            orders:read,write    | orders:read,write   | true
            orders:read,write    | orders:write,read   | true
            orders:read,write    | orders:write:42     | true
            orders:read,write:*  | orders:write        | true
            orders:read,write:42 | orders:write        | false
            orders:read:*        | orders:read         | true
            orders:read:*        | orders:read:42,43   | true
            orders:read:42       | orders:read         | false
            orders:read:42       | orders:read:42      | true
            orders:read:42       | orders:read:43      | false
            orders:read:42,43    | orders:read:42      | true
            orders:read:42       | orders:read:42,43   | false
            orders:read:42       | orders:read:42:x    | true
            *                    | orders:read:42      | true
            *:read               | orders:read         | true
            *:read               | orders:write        | false
            *:read               | orders              | false
            invoices:*           | orders:read         | false
            orders               | invoices            | false
            Orders:read          | orders:read         | false
            orders:read          | orders:Read         | false
            order                | orders:read         | false
            orders:re            | orders:read         | false
            orders:read          | orders:*            | false
            """)
    void table(String grant, String required, boolean implied) {
      assertEquals(implied, Permission.parse(grant).implies(Permission.parse(required)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "orders:read", "orders:read,write:42", "*", "a:*:b"})
    void everyPermissionImpliesItself(String text) {
      Permission p = Permission.parse(text);

      assertTrue(p.implies(p));
      assertTrue(p.implies(Permission.parse(text)));
    }
  }

  @Nested
  class Words {

    @ParameterizedTest
    @ValueSource(strings = {"a", "z", "A", "Z", "0", "9", "_", ".", "-", "orders", "a.b-c_9"})
    void wordCharacters(String s) {
      assertTrue(Permission.isWord(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "`", "{", "@", "[", "/", ":", ",", "*", " ", "a b", "\u00e9", "a*"})
    void notWords(String s) {
      assertFalse(Permission.isWord(s), s);
    }

    @Test
    void aPermissionOfWordsAndWildcardsIsPlain() {
      assertTrue(Permission.of(new String[] {"orders"}, new String[] {"*"}).isPlain());
      assertTrue(Permission.of(new String[] {"orders"}, new String[] {"read", "write"}).isPlain());
    }

    @Test
    void aPermissionWithAnyOtherSubPartIsNot() {
      assertFalse(Permission.of(new String[] {"orders"}, new String[] {"a b"}).isPlain());
      assertFalse(Permission.of(new String[] {"orders"}, new String[] {"read", "x/y"}).isPlain());
      assertFalse(Permission.of(new String[] {"o*"}).isPlain());
    }

    @Test
    void differentPermissionsHashDifferently() {
      // Not required by the contract, but a constant hash would make every grant set a list.
      assertNotEquals(
          Permission.parse("orders:read").hashCode(), Permission.parse("orders:write").hashCode());
    }
  }
}
