import { connect as tcpConnect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy placed between the services and one of the shared servers (RabbitMQ, Postgres). The
 * issue allows cutting a server off "through a TCP proxy placed in front of it": `cut()` destroys
 * every open connection and refuses new ones (the port is closed, so connecting fails with
 * ECONNREFUSED) until `restore()` listens on the same port again. For the services this is exactly
 * "the server is unreachable", while the shared server itself — which other test runs on this machine
 * use at the same time — is never stopped.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private cuts = 0;
  port = 0;

  constructor(
    readonly name: string,
    private readonly upstreamHost: string,
    private readonly upstreamPort: number,
  ) {}

  /** A proxy in front of the host:port of `url` (amqp://…, postgresql://…). */
  static for(name: string, url: string, defaultPort: number): TcpProxy {
    const u = new URL(url);
    return new TcpProxy(name, u.hostname || '127.0.0.1', Number(u.port || defaultPort));
  }

  async start(): Promise<this> {
    await this.listen(0);
    return this;
  }

  /** `url` with its host and port replaced by the proxy's (credentials, path and query kept). */
  rewrite(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  get isCut(): boolean {
    return this.server === null;
  }

  /** How many times the proxy has been cut (for the fault tests' printed counts). */
  get cutCount(): number {
    return this.cuts;
  }

  /** Open client connections right now. */
  get connections(): number {
    return [...this.sockets].filter((s) => (s as Socket & { lzSide?: string }).lzSide === 'client').length;
  }

  /** Kills every connection and refuses new ones. */
  async cut(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    this.cuts += 1;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await closed;
  }

  /** Accepts connections again, on the same port. */
  async restore(): Promise<void> {
    if (this.server) return;
    await this.listen(this.port);
  }

  async close(): Promise<void> {
    await this.cut();
  }

  private listen(port: number): Promise<void> {
    const server = createServer((client) => {
      const upstream = tcpConnect({ host: this.upstreamHost, port: this.upstreamPort, noDelay: true });
      client.setNoDelay(true);
      (client as Socket & { lzSide?: string }).lzSide = 'client';
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => {
          this.sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        this.port = (server.address() as { port: number }).port;
        this.server = server;
        resolve();
      });
    });
  }
}
