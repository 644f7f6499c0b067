/**
 * Test support for the HTTP layer: an app over a test database with its log lines captured,
 * and a small cookie-keeping client over `app.inject`.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { buildApp, type AppOptions } from "./app.ts";

export interface TestApp {
  readonly app: FastifyInstance;
  /** Every log line written, as raw JSON text. */
  readonly logs: string[];
  close(): Promise<void>;
}

export async function testApp(db: Kysely<Database>, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const logs: string[] = [];
  const app = await buildApp({
    db,
    webRoot: null,
    logLevel: "debug",
    logStream: { write: (line: string) => void logs.push(line) },
    ...options,
  });
  return { app, logs, close: () => app.close() };
}

/** A browser-like client: keeps the session cookie between requests. */
export class TestClient {
  cookie: string | null = null;
  readonly app: FastifyInstance;
  /** Whether to write queued read rows after each request (true but in the audit benchmark, which measures the batching). */
  private readonly flushReads: boolean;
  constructor(app: FastifyInstance, options: { flushReads?: boolean } = {}) {
    this.app = app;
    this.flushReads = options.flushReads ?? true;
  }

  async request(options: InjectOptions & { method: string; url: string }): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      ...options,
      headers: { ...(options.headers ?? {}), ...(this.cookie ? { cookie: this.cookie } : {}) },
    } as InjectOptions);
    // A read's access row is written in a batch after its answer (read-row-writer.ts): written
    // here at once, so a test looks at the database as it stands a moment later.
    if (this.flushReads) await this.app.flushAuditReads().catch(() => undefined);
    const setCookie = response.cookies.find((cookie) => cookie.name === "cephalog_session");
    if (setCookie) this.cookie = setCookie.value === "" ? null : `cephalog_session=${setCookie.value}`;
    return response;
  }

  get(url: string, options: Partial<InjectOptions> = {}) {
    return this.request({ ...options, method: "GET", url });
  }

  post(url: string, payload?: unknown, options: Partial<InjectOptions> = {}) {
    return this.request({ ...options, method: "POST", url, ...(payload === undefined ? {} : { payload: payload as InjectOptions["payload"] }) });
  }

  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    const response = await this.post("/api/auth/login", { email, password });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
    this.credentials = { email, password };
    return response;
  }

  /**
   * Signs in again with the last credentials: after a test moves the clock past the idle limit
   * (a staff session sits unused for 30 minutes at most), as the person would at the new hour.
   */
  async signInAgain(): Promise<LightMyRequestResponse> {
    if (!this.credentials) throw new Error("signInAgain needs a client that signed in");
    return this.login(this.credentials.email, this.credentials.password);
  }

  private credentials: { email: string; password: string } | null = null;
}
