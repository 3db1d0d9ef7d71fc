/**
 * A TCP listener on 127.0.0.1 that counts the connections it accepts and
 * closes each at once: the network tests point a page at it and expect 0.
 */
import { createServer, type AddressInfo } from "node:net";

export class ConnectionCounter {
  /** Connections accepted so far; a test sets it to 0 before its case. */
  accepted = 0;
  private readonly server = createServer((socket) => {
    this.accepted++;
    socket.destroy();
  });

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  static async listen(): Promise<ConnectionCounter> {
    const counter = new ConnectionCounter();
    await new Promise<void>((ok) => counter.server.listen(0, "127.0.0.1", ok));
    return counter;
  }

  close(): Promise<void> {
    return new Promise((ok) => this.server.close(() => ok()));
  }
}
