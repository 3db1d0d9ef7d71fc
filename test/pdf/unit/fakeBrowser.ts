/**
 * A stand-in for puppeteer-core's Browser and Page, enough of them for
 * PdfPrinter: it records what the printer asks (as lines in `log`) and lets a
 * test play the browser's part (requests the page makes, console messages, a
 * failed load) from the `script` hooks. No Chromium is started.
 */

/** What Chromium's print gives back: a PDF with a wall-clock date that normalizePdf rewrites. */
export const RAW_PDF = "%PDF-1.7\n1 0 obj << /CreationDate (D:20261127181203+00'00') >> endobj\n";

export interface Initiator {
  url?: string;
  lineNumber?: number;
  stack?: { callFrames: { url: string; lineNumber?: number }[] };
}

export class FakeRequest {
  outcome?: string;
  constructor(
    private readonly u: string,
    private readonly opts: { navigation?: boolean; frame?: unknown; initiator?: Initiator; type?: string; fail?: boolean } = {},
  ) {}
  url(): string {
    return this.u;
  }
  initiator(): Initiator | undefined {
    return this.opts.initiator;
  }
  isNavigationRequest(): boolean {
    return this.opts.navigation ?? false;
  }
  frame(): unknown {
    return this.opts.frame ?? null;
  }
  resourceType(): string {
    return this.opts.type ?? "image";
  }
  private settle(outcome: string): Promise<void> {
    this.outcome = outcome;
    return this.opts.fail ? Promise.reject(new Error("request already handled")) : Promise.resolve();
  }
  continue(): Promise<void> {
    return this.settle("continue");
  }
  abort(reason: string): Promise<void> {
    return this.settle(`abort ${reason}`);
  }
  respond(r: { status: number; contentType?: string; body: string | Buffer }): Promise<void> {
    const body = typeof r.body === "string" ? JSON.stringify(r.body) : `<${r.body.toString("latin1")}>`;
    return this.settle(`respond ${r.status}${r.contentType === undefined ? "" : ` ${r.contentType}`} ${body}`);
  }
}

/** The hooks a test sets to play the browser's part; each gets the page. */
export interface Script {
  goto?: (page: FakePage) => void | Promise<void>;
  evaluate?: (page: FakePage, expression: string) => unknown;
  pdf?: (page: FakePage, options: object) => void | Promise<void>;
}

export class FakePage {
  readonly handlers = new Map<string, ((arg: unknown) => void)[]>();
  readonly main = { name: "main frame" };
  constructor(
    readonly id: number,
    private readonly log: string[],
    private readonly script: Script,
  ) {}
  private note(line: string): void {
    this.log.push(`page${this.id} ${line}`);
  }
  on(event: string, handler: (arg: unknown) => void): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  fire(event: string, arg: unknown): void {
    for (const h of this.handlers.get(event) ?? []) h(arg);
  }
  /** The page asks for `url`; returns the request with what the printer did with it. */
  request(url: string, opts: ConstructorParameters<typeof FakeRequest>[1] = {}): FakeRequest {
    const req = new FakeRequest(url, opts);
    this.fire("request", req);
    return req;
  }
  /** Chromium's console message for a local resource it refused by itself. */
  console(text: string, location: { url?: string; lineNumber?: number } = {}): void {
    this.fire("console", { text: () => text, location: () => location });
  }
  mainFrame(): unknown {
    return this.main;
  }
  async setJavaScriptEnabled(on: boolean): Promise<void> {
    this.note(`setJavaScriptEnabled ${on}`);
  }
  async emulateMediaType(type: string): Promise<void> {
    this.note(`emulateMediaType ${type}`);
  }
  async setRequestInterception(on: boolean): Promise<void> {
    this.note(`setRequestInterception ${on}`);
  }
  async goto(url: string, options: object): Promise<null> {
    this.note(`goto ${url} ${JSON.stringify(options)}`);
    await this.script.goto?.(this);
    return null;
  }
  async evaluate(expression: string): Promise<unknown> {
    this.note(`evaluate ${expression}`);
    if (this.script.evaluate) return this.script.evaluate(this, expression);
    return expression.startsWith("[...document.querySelectorAll") ? [] : undefined;
  }
  async pdf(options: object): Promise<Uint8Array> {
    this.note(`pdf ${JSON.stringify(options)}`);
    await this.script.pdf?.(this, options);
    return new Uint8Array(Buffer.from(RAW_PDF, "latin1"));
  }
  async close(): Promise<void> {
    this.note("close");
  }
}

/** Process ids far above Linux's default pid_max, each browser its own: never a real process (and process.kill is mocked anyway). */
let nextPid = 4_000_000;

export class FakeBrowser {
  connected = true;
  readonly pages: FakePage[] = [];
  readonly child = { pid: nextPid++, killed: [] as string[], kill: (s: string) => void this.child.killed.push(s) };
  constructor(
    readonly options: Record<string, unknown>,
    readonly log: string[],
    readonly script: Script,
    private readonly hasProcess = true,
  ) {}
  async newPage(): Promise<FakePage> {
    const page = new FakePage(this.pages.length + 1, this.log, this.script);
    this.pages.push(page);
    this.log.push(`newPage ${page.id}`);
    return page;
  }
  async close(): Promise<void> {
    this.log.push("browser close");
    this.connected = false;
  }
  process(): typeof this.child | null {
    return this.hasProcess ? this.child : null;
  }
}
