// What reconnectingWebSocket runs against under Node: a WebSocket and a clock that a test drives,
// each writing what happens to a transcript that the test compares.

export const transcript = [];

/** A clock and a timer that move only when the test says, starting at 0 ms. */
export class FakeTime {
  nowMs = 0;
  pending = [];

  now = () => this.nowMs;

  schedule = (run, delayMs) => {
    const timer = { at: this.nowMs + delayMs, run };
    this.pending.push(timer);
    return () => {
      this.pending = this.pending.filter((other) => other !== timer);
    };
  };

  /** Moves the clock by ms, running each timer that falls due, and what it starts, in order. */
  async advance(ms) {
    const until = this.nowMs + ms;
    for (;;) {
      await settled();
      const due = this.pending.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) {
        break;
      }
      this.pending = this.pending.filter((timer) => timer !== due);
      this.nowMs = due.at;
      due.run();
    }
    this.nowMs = until;
    await settled();
  }
}

/** Lets promises that are already resolved run their callbacks, such as awaited credentials. */
export function settled() {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * A WebSocket whose peer is the test: it opens, sends and closes when the test says. Its events
 * go through Node's own EventTarget, which ends the process when a listener throws.
 */
export class FakeSocket extends EventTarget {
  static made = [];
  static time = new FakeTime();

  readyState = 0;
  sent = [];

  constructor(url, protocols) {
    super();
    this.url = url;
    transcript.push(`${FakeSocket.time.nowMs} ms: connect ${url}${protocols ? " " + protocols : ""}`);
    FakeSocket.made.push(this);
  }

  emit(type, fields = {}) {
    this.dispatchEvent(Object.assign(new Event(type), fields));
  }

  open() {
    this.readyState = 1;
    this.emit("open");
  }

  receive(data) {
    this.emit("message", { data });
  }

  /** The server closes the connection with code. */
  closedBy(code, reason = "") {
    this.readyState = 3;
    this.emit("close", { code, reason, wasClean: true });
  }

  /** The connection fails to open, as a browser reports it: an error, then 1006. */
  fail() {
    this.readyState = 3;
    this.emit("error");
    this.emit("close", { code: 1006, reason: "", wasClean: false });
  }

  /**
   * The connection is refused, as Node 20's experimental WebSocket reports it: an error alone,
   * the socket left connecting.
   */
  refused() {
    this.emit("error");
  }

  send(data) {
    this.sent.push(data);
  }

  close(code, reason = "") {
    if (this.readyState < 2) {
      transcript.push(`${FakeSocket.time.nowMs} ms: the client closes with ${code}`);
      this.readyState = 3;
      this.emit("close", { code, reason, wasClean: true });
    }
  }
}
