package dev.closecodes.processor.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The diagnostics of one validation: a value to inspect and test, printed at once. Every item is
 * pinned to the element, annotation and attribute value at fault, so IDEs underline the right spot.
 * Whoever adds a call to {@link #add} adds a test that the message appears where it should.
 */
public final class Report {

  /** One diagnostic and where it points. */
  private record Item(
      Message message,
      String text,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {}

  private final List<Item> items = new ArrayList<>();

  /**
   * Adds {@code message} on the attribute {@code value} of {@code annotation} on {@code element};
   * on the annotation where {@code value} is null (an attribute left to its default), on the
   * element where both are.
   */
  public void addOn(
      Message message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Object... args) {
    items.add(new Item(message, message.format(args), element, annotation, value));
  }

  /** Adds {@code message} on {@code element}. */
  public void add(Message message, Element element, Object... args) {
    addOn(message, element, null, null, args);
  }

  /** Adds every item of {@code other}. */
  public void addAll(Report other) {
    items.addAll(other.items);
  }

  /**
   * @return whether any item is an error, which means nothing is generated
   */
  public boolean hasErrors() {
    return items.stream().anyMatch(item -> item.message().kind() == Diagnostic.Kind.ERROR);
  }

  /**
   * Prints every item, but warnings that the element at fault, or one enclosing it, suppresses with
   * {@code @SuppressWarnings("closecodes.<tag>")} or {@code @SuppressWarnings("closecodes")}.
   */
  public void printTo(Messager messager) {
    for (Item item : items) {
      if (item.message().kind() == Diagnostic.Kind.WARNING && suppressed(item)) {
        continue;
      }
      messager.printMessage(
          item.message().kind(), item.text(), item.element(), item.annotation(), item.value());
    }
  }

  private static boolean suppressed(Item item) {
    for (Element e = item.element(); e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null
          && Arrays.stream(suppress.value())
              .anyMatch(
                  key -> key.equals("closecodes") || key.equals(item.message().suppressionKey()))) {
        return true;
      }
    }
    return false;
  }
}
