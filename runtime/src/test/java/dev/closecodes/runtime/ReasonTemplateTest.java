package dev.closecodes.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.runtime.TestSets.GameCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A filled-in template is exactly what {@link ReasonText#fit(String)} makes of the concatenation,
 * whichever path it takes: short arguments, long ones cut, surrogates anywhere.
 */
class ReasonTemplateTest {

  private static final int TRIES = 5_000;

  @Test
  void fillsInTheArgumentsLikeConcatenation() {
    ReasonTemplate roomFull = ReasonTemplate.of(GameCode.GAME_OVER, "Room ", " is full");
    ReasonTemplate numbers = ReasonTemplate.of(GameCode.KICKED, "", "", " messages");

    CloseEvent event = roomFull.fill("café-lobby");

    assertEquals(4100, event.code());
    assertEquals("Room café-lobby is full", event.reason());
    assertTrue(event.wasClean());
    assertEquals(Optional.of(GameCode.GAME_OVER), event.closeCode());
    assertEquals("Room null is full", roomFull.fill((Object) null).reason());
    assertEquals("1220 messages", numbers.fill(12, 20L).reason());
    assertSame(GameCode.KICKED, numbers.code());
  }

  /** Concatenation gives {@code "null"} for an object whose {@code toString()} returns null. */
  @Test
  void anArgumentWhoseTextIsNullIsFilledInAsNull() {
    Object nameless =
        new Object() {
          @Override
          public String toString() {
            return null;
          }
        };
    ReasonTemplate one = ReasonTemplate.of(GameCode.KICKED, "Kicked by ", "");
    ReasonTemplate two = ReasonTemplate.of(GameCode.KICKED, "Kicked by ", ": ", "");
    ReasonTemplate three = ReasonTemplate.of(GameCode.KICKED, "", " ", " ", "");

    assertEquals("Kicked by " + nameless, one.fill(nameless).reason());
    assertEquals("Kicked by null: null", two.fill(nameless, nameless).reason());
    assertEquals("null null null", three.fill(nameless, nameless, nameless).reason());
  }

  @Test
  void cutsALongArgumentAfterTheLastWholeCodePointWithinTheLimit() {
    ReasonTemplate kicked = ReasonTemplate.of(GameCode.KICKED, "Kicked by ", ": ", "");
    String why = "Спам в лобби! 🚫 ".repeat(10);

    String reason = kicked.fill("ada", why).reason();

    assertEquals(ReasonText.fit("Kicked by ada: " + why), reason);
    assertEquals("Kicked by ada: " + why.substring(0, 62), reason);
  }

  @Test
  void aLimitInTheFixedTextCutsItAndDropsWhatFollows() {
    ReasonTemplate template = ReasonTemplate.of(GameCode.KICKED, "", "é".repeat(40), "!");

    assertEquals("x".repeat(40) + "é".repeat(40) + "!", template.fill("x".repeat(40), "").reason());
    assertEquals("x".repeat(43) + "é".repeat(40), template.fill("x".repeat(43), "y").reason());
    assertEquals("x".repeat(45) + "é".repeat(39), template.fill("x".repeat(45), "y").reason());
  }

  @Test
  void aSurrogatePairSplitBetweenTwoArgumentsIsJoinedWhole() {
    ReasonTemplate template = ReasonTemplate.of(GameCode.KICKED, "", "", "");
    String longText = "x".repeat(119);

    assertEquals("🚫", template.fill("\uD83D", "\uDEAB").reason());
    assertEquals(longText + "🚫", template.fill(longText + "\uD83D", "\uDEAB").reason());
    assertEquals(longText + "x", template.fill(longText + "x\uD83D", "\uDEAB").reason());
    assertEquals(longText + "\uFFFDy", template.fill(longText + "\uD83D", "y").reason());
  }

  @Test
  void refusesTheWrongNumberOfArguments() {
    ReasonTemplate roomFull = ReasonTemplate.of(GameCode.GAME_OVER, "Room ", " is full");

    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> roomFull.fill("a", "b"));
    assertEquals(
        "the reason of GAME_OVER has 1 placeholder, but 2 arguments were given",
        thrown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> roomFull.fill());
    assertEquals("Room a is full", roomFull.fill(new Object[] {"a"}).reason());
  }

  @Test
  void refusesWhatCannotBeSentWhenTheTemplateIsMade() {
    CloseCode abnormal = StandardCloseCode.ABNORMAL_CLOSURE;
    assertEquals(
        "close code 1006 (Abnormal Closure) may not be sent: "
            + StandardCloseCode.ABNORMAL_CLOSURE.description(),
        assertThrows(IllegalArgumentException.class, () -> ReasonTemplate.of(abnormal, "", ""))
            .getMessage());
    assertEquals(
        "the fixed text of the reason of GAME_OVER is 124 bytes of UTF-8, but a close frame"
            + " carries at most 123",
        assertThrows(
                IllegalArgumentException.class,
                () -> ReasonTemplate.of(GameCode.GAME_OVER, "x".repeat(62), "y".repeat(62)))
            .getMessage());
    assertEquals(
        "the fixed text \"a\uD83D\" of the reason of GAME_OVER has an unpaired surrogate U+D83D"
            + " at index 1, which UTF-8 cannot encode",
        assertThrows(
                IllegalArgumentException.class,
                () -> ReasonTemplate.of(GameCode.GAME_OVER, "a\uD83D", "\uDEAB"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReasonTemplate.of(GameCode.GAME_OVER));
  }

  @Test
  void theTemplateKeepsItsOwnCopyOfTheTexts() {
    String[] texts = {"Room ", " is full"};
    ReasonTemplate roomFull = ReasonTemplate.of(GameCode.GAME_OVER, texts);
    texts[0] = "x".repeat(123);

    assertEquals("Room 7 is full", roomFull.fill(7).reason());
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void everyArityFillsInWhatFitMakesOfTheConcatenation(long seed) {
    RandomText random = new RandomText(seed);
    for (int i = 0; i < TRIES; i++) {
      String[] texts = {random.wellFormed(8), random.wellFormed(8), random.wellFormed(8)};
      // Well-formed arguments take the cutting path; any chars mostly the one for stray surrogates.
      String one = i % 2 == 0 ? random.wellFormed(60) : random.anyChars(90);
      String two = i % 2 == 0 ? random.wellFormed(60) : random.anyChars(90);
      String shown = RandomText.escape(texts[0] + "|" + one + "|" + texts[1] + "|" + two);

      ReasonTemplate single = ReasonTemplate.of(GameCode.KICKED, texts[0], texts[1]);
      ReasonTemplate pair = ReasonTemplate.of(GameCode.KICKED, texts);
      ReasonTemplate triple = ReasonTemplate.of(GameCode.KICKED, "", texts[0], texts[1], texts[2]);

      assertEquals(
          ReasonText.fit(texts[0] + one + texts[1]), single.fill(one).reason(), () -> shown);
      assertEquals(
          ReasonText.fit(texts[0] + one + texts[1] + two + texts[2]),
          pair.fill(one, two).reason(),
          () -> shown);
      assertEquals(
          pair.fill(one, two).reason(), pair.fill(new Object[] {one, two}).reason(), () -> shown);
      assertEquals(
          ReasonText.fit(two + texts[0] + one + texts[1] + two + texts[2]),
          triple.fill(two, one, two).reason(),
          () -> shown);
    }
  }
}
