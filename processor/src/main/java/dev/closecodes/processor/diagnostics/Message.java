package dev.closecodes.processor.diagnostics;

import dev.closecodes.runtime.ReasonText;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports. Each message says what is wrong, then what to do, and
 * starts with a stable id such as {@code [closecodes.range]} that docs/diagnostics.md documents.
 */
public enum Message {
  RANGE_16_BIT(
      "range",
      "close code %d does not fit the 16 bits of a close frame (0-65535);"
          + " declare application codes in 4000-4999"),
  RANGE("range", "close code %d is in %s, %s; declare application codes in 4000-4999"),
  RANGE_STANDARD(
      "range",
      "close code %d is the standard code %s of RFC 6455, which is sent as StandardCloseCode.%s,"
          + " not declared; declare application codes in 4000-4999"),
  RANGE_REGISTERED(
      "range",
      "close code %d is in 3000-3999, for libraries and frameworks registered with IANA;"
          + " declare application codes in 4000-4999, or set @CloseCodes(registeredRange = true)"
          + " in a library whose codes are registered"),
  REGISTER_WITH_IANA(
      Diagnostic.Kind.WARNING,
      "iana",
      "close code %d is in 3000-3999: register it in the IANA WebSocket Close Code Number"
          + " Registry before you publish it"),
  SHARED_WITH_STACK(
      Diagnostic.Kind.WARNING,
      "reserved",
      "close code %d is also sent by %s, which is on the class path; a client cannot tell the two"
          + " apart, so choose another number"),
  DUPLICATE("duplicate", "close code %s is already declared by %s; give each code its own number"),
  RETIRED(
      "retired",
      "close code %s was retired by %s; clients still know its old meaning, so give this code a"
          + " new number"),
  RETIRED_IN_USE(
      "retired",
      "close code %d, retired here, is declared by %s; a retired number is never used again, so"
          + " renumber that code or do not retire this number"),
  RETIRED_TWICE(
      "duplicate",
      "close code %d is already listed as retired by %s; list each retired number once"),
  COMPAT_RENUMBERED(
      "compat",
      "%s was close code %d in %s and is now %d; a published code keeps its number, so restore it"
          + " and give any new meaning a new number"),
  COMPAT_RENAMED(
      "compat",
      "close code %d was %s in %s and is now %s; clients know a published code by its name too, so"
          + " restore the name"),
  COMPAT_REMOVED(
      "compat",
      "close code %d (%s) of %s is gone; list it in @CloseCodes(retired = ...) so that no set"
          + " reuses it"),
  COMPAT_UNRETIRED(
      "compat",
      "close code %d, retired by %s in %s, is no longer retired; list it in @CloseCodes(retired ="
          + " ...) again, so that no later release gives it a new meaning"),
  COMPAT_ENDPOINT_REMOVED(
      "compat",
      "endpoint \"%s\" of %s is gone: no set declares it any more, yet its clients know the close"
          + " codes %s; declare a set of the endpoint that lists them in @CloseCodes(retired = ...),"
          + " so that no later release gives them a new meaning"),
  COMPAT_PLACEHOLDERS(
      Diagnostic.Kind.WARNING,
      "compat",
      "the reason of %s had the placeholders %s in %s and has %s now; clients that read the reason"
          + " may need to change"),
  COMPAT_RECONNECT(
      Diagnostic.Kind.WARNING,
      "compat",
      "clients reconnected after %s by %s in %s and by %s now; clients in the field still act"
          + " on the old contract, so give the new one a new code where they must not"),
  BASELINE_UNREADABLE("baseline", "cannot read the baseline %s"),
  ENDPOINT_NAME(
      "endpoint-name",
      "endpoint \"%s\" names files of client bindings; use ASCII letters, digits, '.', '_' and"
          + " '-'"),
  ENDPOINT_DEFAULT(
      "endpoint-name",
      "endpoint \"default\" is the name of the files of the sets that name no endpoint; leave"
          + " endpoint out to join them, or choose another name"),
  RECONNECT_SET_DEFAULT(
      "reconnect",
      "@CloseCodes(reconnect = DEFAULT) leaves the set's codes without a default; choose NEVER,"
          + " BACKOFF, AT_ONCE or NEW_CREDENTIALS, or leave reconnect out for NEVER"),
  RECONNECT_NOT_BEFORE_RANGE(
      "reconnect",
      "notBeforeSeconds = %d of %s is out of range; a minimum delay is 0 to %d seconds (a day)"),
  RECONNECT_NOT_BEFORE_CONTRADICTS(
      "reconnect",
      "notBeforeSeconds = %d of %s contradicts reconnect = %s%s, which does not wait; declare"
          + " reconnect = BACKOFF or NEW_CREDENTIALS, or drop the minimum delay"),
  REASON_TOO_LONG(
      "reason-length",
      "reason is %d bytes of UTF-8, %d over the "
          + ReasonText.MAX_BYTES
          + " that a close frame carries; shorten it"),
  REASON_FIXED_TEXT_TOO_LONG(
      "reason-length",
      "reason has %d bytes of UTF-8 besides its placeholders, %d over the "
          + ReasonText.MAX_BYTES
          + " that a close frame carries; shorten its text"),
  REASON_UNPAIRED_SURROGATE(
      "reason-encoding",
      "reason has an unpaired surrogate U+%04X at index %d, which UTF-8 cannot encode;"
          + " complete the surrogate pair or remove it"),
  PLACEHOLDER_SYNTAX(
      "placeholder-syntax",
      "reason has %s at index %d; write {name} for a parameter, {{ and }} for literal braces"),
  PLACEHOLDER_UNKNOWN("placeholder", "reason placeholder {%s} names no parameter of %s; %s"),
  PARAMETER_UNUSED(
      "unused-parameter",
      "parameter %s does not appear in the reason; add {%s} to the reason or remove the parameter"),
  PARAMETER_ARRAY(
      "parameter-type",
      "parameter %s is an array, whose text would be its identity, not its contents;"
          + " take a String or a type whose toString() reads well"),
  NOT_AN_INTERFACE(
      "not-interface",
      "@CloseCodes applies to interfaces, but %s is %s; declare the codes as methods of an"
          + " interface"),
  PRIVATE_INTERFACE(
      "private", "%s must not be private: the generated class in its package implements it"),
  SEALED_INTERFACE(
      "sealed",
      "%s is sealed but does not permit %s, the generated class that implements it; add it to"
          + " the permits clause"),
  GENERIC_INTERFACE(
      "generic", "%s must not have type parameters: a set of close codes is one fixed list"),
  INHERITED_METHOD(
      "inherited",
      "%s inherits the abstract method %s; declare every code in the @CloseCodes interface itself"),
  MISSING_CODE(
      "missing-code",
      "abstract method %s has no @Code; every abstract method of a @CloseCodes interface declares"
          + " one close code"),
  CODE_NOT_ABSTRACT(
      "not-abstract",
      "@Code belongs on abstract methods, but %s is %s; remove its body or the annotation"),
  ORPHAN_CODE(
      "orphan-code",
      "@Code on %s has no effect because %s is not annotated @CloseCodes; add @CloseCodes to it"),
  RETURN_TYPE("return-type", "%s must return dev.closecodes.runtime.CloseEvent, not %s"),
  GENERIC_METHOD("generic", "%s must not have type parameters; take the argument's type itself"),
  CONSTANT_CLASH("name-clash", "%s and %s both become the constant %s; rename one of them"),
  ENDPOINT_CONSTANT_CLASH(
      "name-clash",
      "constant %s of %s is already declared by %s; the endpoint's client bindings name codes by"
          + " their constants, so rename one of them"),
  TYPE_NAME("type-name", "\"%s\" is not a valid Java type name; choose another %s"),
  TYPE_EXISTS(
      "type-clash",
      "the generated type %s would clash with an existing type; choose another name with"
          + " @CloseCodes(%s = \"...\")"),
  TYPE_HIDES(
      "type-clash",
      "the generated type name \"%s\" would hide %s; choose another name with"
          + " @CloseCodes(%s = \"...\")"),
  TYPE_GENERATED_TWICE(
      "type-clash",
      "the generated type %s is also generated for %s; choose another name with"
          + " @CloseCodes(%s = \"...\")"),
  EMPTY_SET(
      Diagnostic.Kind.WARNING,
      "empty",
      "%s declares no close codes; add an abstract method with @Code"),
  UNRESOLVED_TYPE(
      "unresolved-type",
      "%s mentions a type that was never found; if another annotation processor generates it,"
          + " check its errors above, otherwise add it to the class path"),
  OPTION_VALUE("option", "-A%s=%s is not a value the processor knows: %s"),
  FORMAT_FILE_NAME(
      "format-file",
      "client format %s names its file \"%s\" outside META-INF/closecodes/, so it is not"
          + " written; its fileName must give a relative path without a root, a drive, '.' or"
          + " '..', such as chat.%s"),
  WRITE_FAILED("write", "could not write %s: %s"),
  INTERNAL_ERROR(
      "internal",
      "closecodes failed while processing %s: %s. This is a bug in closecodes; please report it"
          + " with this stack trace:%n%s");

  private final Diagnostic.Kind kind;
  private final String id;
  private final String format;

  Message(String id, String format) {
    this(Diagnostic.Kind.ERROR, id, format);
  }

  Message(Diagnostic.Kind kind, String id, String format) {
    this.kind = kind;
    this.id = id;
    this.format = format;
  }

  /**
   * @return ERROR, or WARNING for reminders that do not fail the build
   */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /**
   * @return the stable tag, such as {@code [closecodes.range]}
   */
  public String tag() {
    return "[closecodes." + id + "]";
  }

  /**
   * @return what {@code @SuppressWarnings} names to silence this warning: {@code closecodes.iana}
   */
  public String suppressionKey() {
    return "closecodes." + id;
  }

  /**
   * @return the full text with {@code args} filled in
   */
  public String format(Object... args) {
    return tag() + " " + String.format(format, args);
  }
}
