package dev.closecodes.processor.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
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
   * {@code @SuppressWarnings("closecodes.<tag>")} or {@code @SuppressWarnings("closecodes")}. The
   * items of one file come in source order, whichever rule found them, the files in the order of
   * their first item; items pinned to no element come first.
   */
  public void printTo(Messager messager) {
    SourceOrder order = new SourceOrder();
    items.forEach(item -> order.add(item.element()));
    List<Item> ordered = new ArrayList<>(items);
    ordered.sort(
        Comparator.<Item>comparingInt(item -> order.file(item.element()))
            .thenComparingInt(item -> order.position(item.element()))
            .thenComparing(Report::withinElement, Report::compare));
    for (Item item : ordered) {
      if (item.message().kind() == Diagnostic.Kind.WARNING && suppressed(item)) {
        continue;
      }
      messager.printMessage(
          item.message().kind(), item.text(), item.element(), item.annotation(), item.value());
    }
  }

  /**
   * The elements of the files that items point into, numbered in source order: each type, then its
   * members as declared; each method, then its parameters. Parameters are found from their method,
   * since ecj gives a parameter of an abstract method no enclosing element.
   */
  private static final class SourceOrder {
    private final Map<Element, Integer> files = new HashMap<>();
    private final Map<Element, Integer> positions = new HashMap<>();
    private int fileCount;

    /** Numbers the file of {@code element}, its outermost type, unless it is numbered already. */
    void add(Element element) {
      TypeElement top = null;
      for (Element e = element; e != null; e = e.getEnclosingElement()) {
        if (e instanceof TypeElement type) {
          top = type;
        }
      }
      if (top != null && !files.containsKey(top)) {
        number(top, fileCount++);
      }
    }

    private void number(Element element, int file) {
      files.put(element, file);
      positions.put(element, positions.size());
      List<? extends Element> enclosed =
          element instanceof ExecutableElement method
              ? method.getParameters()
              : element.getEnclosedElements();
      enclosed.forEach(e -> number(e, file));
    }

    /** The file's number, -1 for no element, or after every file for an element of none. */
    int file(Element element) {
      return element == null ? -1 : files.getOrDefault(element, fileCount);
    }

    int position(Element element) {
      return element == null ? -1 : positions.getOrDefault(element, -1);
    }
  }

  /**
   * Where an item sits on its element: 0 for the element's annotation, followed by the annotation's
   * index and the attribute's (and the index within an array value), since annotations precede the
   * element's name; 1 for the element itself.
   */
  private static List<Integer> withinElement(Item item) {
    if (item.annotation() == null) {
      return List.of(1);
    }
    List<Integer> place = new ArrayList<>();
    place.add(0);
    place.add(item.element().getAnnotationMirrors().indexOf(item.annotation()));
    if (item.value() != null) {
      int attribute = 0;
      for (AnnotationValue value : item.annotation().getElementValues().values()) {
        if (value.equals(item.value())) {
          break;
        }
        if (value.getValue() instanceof List<?> list && list.contains(item.value())) {
          place.add(attribute);
          place.add(list.indexOf(item.value()));
          return place;
        }
        attribute++;
      }
      place.add(attribute);
    }
    return place;
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = Integer.compare(a.get(i), b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
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
