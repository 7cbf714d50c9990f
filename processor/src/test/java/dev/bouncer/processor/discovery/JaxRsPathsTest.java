package dev.bouncer.processor.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Joining a class's and a method's {@code @Path} (moved from ValidationHelpersTest). */
class JaxRsPathsTest {

  @Nested
  class JoinPaths {

    @ParameterizedTest(name = "\"{0}\" + \"{1}\" = {2}")
    @CsvSource(
        delimiter = '|',
        emptyValue = "",
        textBlock =
            """
            orders      | {id}        | /orders/{id}
            /orders/    | /{id}/      | /orders/{id}
            orders      | ''          | /orders
            orders      | x/          | /orders/x
            orders      | x//         | /orders/x
            ''          | ''          | /
            /           | /           | /
            ' orders '  | ' x '       | /orders/x
            a//b        | c           | /a/b/c
            //a         | b//c        | /a/b/c
            """)
    void oneSlashBetweenALeadingSlashAndNoneAtTheEnd(String classPath, String methodPath, String joined) {
      assertEquals(joined, JaxRsPaths.join(classPath, methodPath));
    }
  }
}
