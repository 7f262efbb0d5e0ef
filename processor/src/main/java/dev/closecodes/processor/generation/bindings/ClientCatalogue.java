package dev.closecodes.processor.generation.bindings;

import dev.closecodes.processor.model.Catalogue;
import dev.closecodes.processor.model.CompiledSet;
import dev.closecodes.processor.model.Deprecation;
import dev.closecodes.runtime.ReconnectPolicy;
import dev.closecodes.runtime.StandardCloseCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a client of one endpoint may receive, for {@link ClientFormat}s to render: the standard
 * codes, the codes its sets declare, and the numbers they retired. It knows no file format.
 *
 * @param name the files' base name: the endpoint's name, or the interface's when the bindings are
 *     grouped per set
 * @param endpoint the endpoint, {@code ""} for the default one
 * @param sets the endpoint's sets (this module's and those of other modules on the class path),
 *     ordered by interface name
 * @param standard the codes of RFC 6455, in number order
 * @param options the processor's options ({@code -Akey=value}), for formats that take their own
 */
public record ClientCatalogue(
    String name,
    String endpoint,
    List<ClientSet> sets,
    List<ClientCode> standard,
    Map<String, String> options) {

  /** The catalogue of a group of bindings. */
  static ClientCatalogue of(Catalogue.Group group, Map<String, String> options) {
    List<ClientSet> sets = new ArrayList<>();
    for (CompiledSet set : group.sets()) {
      List<ClientCode> codes = new ArrayList<>();
      for (CompiledSet.Code code : set.codes()) {
        codes.add(
            new ClientCode(
                code.code(),
                ClientCode.Kind.DECLARED,
                code.name(),
                "",
                set.set(),
                code.reason(),
                code.description(),
                code.deprecation(),
                true,
                code.reconnect()));
      }
      List<ClientCode> retired = new ArrayList<>();
      for (int number : set.retired()) {
        retired.add(
            new ClientCode(
                number,
                ClientCode.Kind.RETIRED,
                "",
                "",
                set.set(),
                "",
                "Retired by " + set.set() + ": no longer sent.",
                Deprecation.NONE,
                true,
                ReconnectPolicy.never()));
      }
      sets.add(new ClientSet(set.set(), set.deprecated(), codes, retired));
    }
    List<ClientCode> standard = new ArrayList<>();
    for (StandardCloseCode code : StandardCloseCode.values()) {
      standard.add(
          new ClientCode(
              code.code(),
              ClientCode.Kind.STANDARD,
              code.name(),
              code.ianaName(),
              "",
              "",
              code.description(),
              Deprecation.NONE,
              code.isSendable(),
              code.reconnect()));
    }
    return new ClientCatalogue(
        group.name(), group.endpoint(), List.copyOf(sets), List.copyOf(standard), options);
  }

  /**
   * @return the endpoint's name for people: the endpoint, or {@value Catalogue#DEFAULT_ENDPOINT}
   */
  public String endpointName() {
    return Catalogue.endpointName(endpoint);
  }

  /**
   * @return the codes the sets declare, set by set
   */
  public List<ClientCode> declared() {
    List<ClientCode> declared = new ArrayList<>();
    for (ClientSet set : sets) {
      declared.addAll(set.codes());
    }
    return declared;
  }

  /**
   * @return the numbers the sets retired, set by set
   */
  public List<ClientCode> retired() {
    List<ClientCode> retired = new ArrayList<>();
    for (ClientSet set : sets) {
      retired.addAll(set.retired());
    }
    return retired;
  }

  /**
   * @return every code a client may receive: the standard ones, the declared ones, then the retired
   *     numbers
   */
  public List<ClientCode> received() {
    List<ClientCode> received = new ArrayList<>(standard);
    received.addAll(declared());
    received.addAll(retired());
    return received;
  }
}
