package dev.closecodes.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.closecodes.runtime.CloseCode;
import dev.closecodes.runtime.CloseEvent;
import dev.closecodes.runtime.ReasonText;
import dev.closecodes.runtime.ReconnectPolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles the golden declaration strictly, loads the generated classes and runs them. */
class GeneratedCodeTest {

  private static ClassLoader loader;

  @BeforeAll
  static void compileStrictly() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Xlint:all", "-Werror")
            .compile(
                GenerationTest.CHAT,
                Fixtures.source(
                    "com.example.chat.User",
                    """
            package com.example.chat;

            import dev.closecodes.runtime.CloseEvent;

            public final class User {
              public static CloseEvent full() {
                return new ChatCloseEvents().roomFull("lobby");
              }
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();
    loader = new CompiledClasses(compilation);
  }

  @Test
  void enumHasTheDeclaredCodesInOrder() throws Exception {
    Object[] codes = enumClass().getEnumConstants();

    assertThat(codes).hasLength(5);
    CloseCode first = (CloseCode) codes[0];
    assertThat(first.name()).isEqualTo("SESSION_EXPIRED");
    assertThat(first.code()).isEqualTo(4001);
    assertThat(first.reason()).isEqualTo("Session expired");
    assertThat(first.description())
        .isEqualTo("The session token expired; sign in again, then reconnect.");
    CloseCode roomFull = (CloseCode) codes[1];
    assertThat(roomFull.reason()).isEqualTo("Room {room} is full");
    assertThat(roomFull.description()).isEqualTo("The room reached its member limit.");
  }

  @Test
  void awkwardReasonSurvivesGenerationExactly() throws Exception {
    CloseEvent event = (CloseEvent) invoke(events(), "awkwardText");

    assertThat(event.reason())
        .isEqualTo("Say \"bye\" \\ */ {braces} caf\u00e9 \ud83d\ude00 \u0000 tab\tend");
    assertThat(event.code()).isEqualTo(4003);
  }

  @Test
  void ofFindsEveryCodeAndRejectsOthersNamingTheNumber() throws Exception {
    Method of = enumClass().getMethod("of", int.class);

    for (Object constant : enumClass().getEnumConstants()) {
      assertThat(of.invoke(null, ((CloseCode) constant).code())).isSameInstanceAs(constant);
    }
    for (int absent :
        new int[] {4000, 4004, 4098, 4100, -1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      InvocationTargetException thrown =
          assertThrows(InvocationTargetException.class, () -> of.invoke(null, absent));
      assertThat(thrown.getCause()).isInstanceOf(IllegalArgumentException.class);
      assertThat(thrown.getCause())
          .hasMessageThat()
          .isEqualTo("close code " + absent + " is not declared in com.example.chat.ChatCloses");
    }
  }

  @Test
  void findReturnsEmptyForNumbersNotDeclared() throws Exception {
    Method find = enumClass().getMethod("find", int.class);

    assertThat(find.invoke(null, 4010)).isEqualTo(Optional.of(enumClass().getEnumConstants()[3]));
    assertThat(find.invoke(null, 4011)).isEqualTo(Optional.empty());
    assertThat(find.invoke(null, 1000)).isEqualTo(Optional.empty());
  }

  @Test
  void eventsWithoutArgumentsAreCreatedOnce() throws Exception {
    Object events = events();

    Object first = invoke(events, "sessionExpired");
    assertThat(invoke(events, "sessionExpired")).isSameInstanceAs(first);
    assertThat(invoke(events(), "sessionExpired")).isSameInstanceAs(first);
    assertThat(((CloseEvent) first).reason()).isEqualTo("Session expired");
    assertThat(((CloseEvent) first).closeCode().map(CloseCode::name)).hasValue("SESSION_EXPIRED");
  }

  @Test
  void templatedReasonIsFilledIn() throws Exception {
    CloseEvent event =
        (CloseEvent)
            loader.loadClass("com.example.chat.User").getDeclaredMethod("full").invoke(null);

    assertThat(event.code()).isEqualTo(4002);
    assertThat(event.reason()).isEqualTo("Room lobby is full");
    assertThat(event.wasClean()).isTrue();
  }

  @Test
  void leadingNumericPlaceholdersConcatenateRatherThanAdd() throws Exception {
    Method numbers = events().getClass().getMethod("numbers", int.class, long.class);

    CloseEvent event = (CloseEvent) numbers.invoke(events(), 12, 34L);

    assertThat(event.reason()).isEqualTo("1234 messages");
  }

  @Test
  void longArgumentIsCutAtTheLastWholeCodePoint() throws Exception {
    String emoji = "\ud83d\ude00";
    Method roomFull = events().getClass().getMethod("roomFull", String.class);

    CloseEvent event = (CloseEvent) roomFull.invoke(events(), emoji.repeat(40));

    // "Room " is 5 bytes; 29 emoji take 116 more; a 30th would need 4 bytes with 2 left.
    assertThat(event.reason()).isEqualTo("Room " + emoji.repeat(29));
  }

  /**
   * Short arguments are concatenated in the generated method, long ones filled in by the template:
   * either way the reason is what {@code ReasonText.fit} makes of the whole text.
   */
  @Test
  void everyArgumentLengthGivesTheFittedConcatenation() throws Exception {
    Method roomFull = events().getClass().getMethod("roomFull", String.class);
    for (String unit : new String[] {"a", "é", "€", "\ud83d\ude00", "\ud83d", "x\ude00"}) {
      for (int count = 0; count <= 130; count++) {
        String room = unit.repeat(count);
        CloseEvent event = (CloseEvent) roomFull.invoke(events(), room);
        assertThat(event.reason()).isEqualTo(ReasonText.fit("Room " + room + " is full"));
      }
    }
    assertThat(((CloseEvent) roomFull.invoke(events(), (Object) null)).reason())
        .isEqualTo("Room null is full");
  }

  @Test
  void codeWithoutReasonSendsNone() throws Exception {
    CloseEvent event = (CloseEvent) invoke(events(), "noReason");

    assertThat(event.reason()).isEmpty();
    assertThat(event.code()).isEqualTo(4099);
  }

  @Test
  void eachCodeAnswersItsDeclaredPolicyOrTheSetsDefaultFromAConstantField() throws Exception {
    Object[] codes = enumClass().getEnumConstants();

    assertThat(((CloseCode) codes[0]).reconnect()).isEqualTo(ReconnectPolicy.newCredentials());
    assertThat(((CloseCode) codes[1]).reconnect()).isEqualTo(ReconnectPolicy.never());
    assertThat(((CloseCode) codes[3]).reconnect())
        .isEqualTo(ReconnectPolicy.backoff(Duration.ofSeconds(30)));
    CloseCode numbers = (CloseCode) codes[3];
    assertThat(numbers.reconnect()).isSameInstanceAs(numbers.reconnect());
  }

  @Test
  void codesThatSayNothingTakeTheSetsDefault() throws Exception {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new CloseCodesProcessor())
            .withOptions("-Xlint:all", "-Werror")
            .compile(
                Fixtures.source(
                    "test.GameCloses",
                    """
            package test;

            import dev.closecodes.CloseCodes;
            import dev.closecodes.Code;
            import dev.closecodes.Reconnect;
            import dev.closecodes.runtime.CloseEvent;

            @CloseCodes(reconnect = Reconnect.BACKOFF)
            public interface GameCloses {
              @Code(4001) CloseEvent restarting();
              @Code(value = 4002, notBeforeSeconds = 60) CloseEvent maintenance();
              @Code(value = 4003, reconnect = Reconnect.DEFAULT) CloseEvent asTheSet();
              @Code(value = 4004, reconnect = Reconnect.AT_ONCE) CloseEvent moved();
              @Code(value = 4005, reconnect = Reconnect.NEVER) CloseEvent banned();
              @Code(value = 4006, reconnect = Reconnect.NEW_CREDENTIALS, notBeforeSeconds = 86400)
              CloseEvent expired();
            }
            """));
    assertThat(compilation).succeededWithoutWarnings();

    Object[] codes =
        new CompiledClasses(compilation).loadClass("test.GameCloseCode").getEnumConstants();

    assertThat(Arrays.stream(codes).map(code -> ((CloseCode) code).reconnect()).toList())
        .containsExactly(
            ReconnectPolicy.backoff(),
            ReconnectPolicy.backoff(Duration.ofSeconds(60)),
            ReconnectPolicy.backoff(),
            ReconnectPolicy.atOnce(),
            ReconnectPolicy.never(),
            ReconnectPolicy.newCredentials(Duration.ofDays(1)))
        .inOrder();
  }

  private static Class<?> enumClass() throws ClassNotFoundException {
    return loader.loadClass("com.example.chat.ChatCloseCode");
  }

  private static Object events() throws Exception {
    return loader.loadClass("com.example.chat.ChatCloseEvents").getConstructor().newInstance();
  }

  private static Object invoke(Object target, String method) throws Exception {
    return target.getClass().getMethod(method).invoke(target);
  }
}
