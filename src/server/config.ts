/**
 * The server's configuration: the environment parsed once, with zod, failing fast with a
 * message that names the variable and what it expects.
 */
import { z } from "zod";
import { parseSyslogTarget, type SyslogTarget } from "./features/audit/syslog.ts";
import { isStrongToken } from "./features/notifications/sms-token-strength.ts";

/** Which proxies in front are believed about the client's address: none, the nearest n, or these addresses. */
export type TrustProxy = false | number | string;

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export interface Config {
  readonly host: string;
  /** 0 asks the operating system for a free port. */
  readonly port: number;
  /** Holds the embedded database (`<dataDir>/pg`) and its lock file. */
  readonly dataDir: string;
  /** A postgres:// URL selects PostgreSQL; otherwise the embedded PGlite in `dataDir`. */
  readonly databaseUrl: string | null;
  /** The address people use to reach the server: invitation links, and Secure cookies when https. */
  readonly publicUrl: string | null;
  /** Passed to Fastify's `trustProxy`: false, a hop count or a list of addresses (never "trust all"). */
  readonly trustProxy: TrustProxy;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** AUDIT_SYSLOG: where the audit chains' daily heads are sent besides the log (ADR 0016); null sends none. */
  readonly auditSyslog: SyslogTarget | null;
  /** smtp:// or smtps:// (credentials in it) to send email; null writes each message to `<dataDir>/outbox/` instead. */
  readonly smtpUrl: string | null;
  /** The From address of the email Cephalog sends. */
  readonly mailFrom: string;
  /** VAPID_SUBJECT: who push services may contact about this server's web push (mailto: or https:); null derives it (ADR 0018). */
  readonly vapidSubject: string | null;
  /** SMS_GATEWAY_TOKEN: the SMS gateway's token for /api/sms-outbox; null offers no text messages (ADR 0022). */
  readonly smsGatewayToken: string | null;
}

/** A configuration mistake, explained for the person starting the server. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const emptyAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const envSchema = z.object({
  HOST: z.preprocess(emptyAsUndefined, z.string().default("127.0.0.1")),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int("must be a whole number").min(0).max(65535).default(3000)),
  CEPHALOG_DATA: z.preprocess(emptyAsUndefined, z.string().default("./data")),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// (leave it unset for the embedded database)")
      .optional(),
  ),
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({ protocol: /^https?$/, error: "must be an http:// or https:// address such as https://clinic.example.org" })
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
  ),
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      // "true" would believe any X-Forwarded-For a client sends, so anyone could claim any address (issue 7, finding 3).
      .refine((value) => value.trim().toLowerCase() !== "true", "must be the number of proxies in front (for example 1) or their addresses, not true: true would believe an address any client claims")
      .default("false"),
  ),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "must start with smtp:// or smtps:// (leave it unset to write email to the outbox folder)")
      .optional(),
  ),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().regex(/@/, "must be an email address, such as Cephalog <cephalog@clinic.example.org>").default("Cephalog <cephalog@localhost>")),
  VAPID_SUBJECT: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/[^\s]+)$/, "must be a mailto: address or an https:// page where push services can reach the clinic's administrator, such as mailto:it@clinic.example.org")
      .optional(),
  ),
  SMS_GATEWAY_TOKEN: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      // Long and random: it opens every waiting text message (numbers and texts) to whoever holds it.
      .regex(/^[\x21-\x7e]{32,200}$/, "must be at least 32 printable characters without spaces: make one with openssl rand -base64 32 (leave it unset for no text messages)")
      // Long is not enough: 32 copies of "a" are guessed at once (sms-token-strength.ts).
      .refine(isStrongToken, "is too easy to guess (too few different characters, or a piece repeated): make a random one with openssl rand -base64 32")
      .optional(),
  ),
  AUDIT_SYSLOG: z.preprocess(
    emptyAsUndefined,
    z.string().refine((value) => parseSyslogTarget(value) !== null, "must be a syslog over UDP such as udp://127.0.0.1:514 (leave it unset to write the audit heads to the log only)").optional(),
  ),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info")),
});

/** "false", a hop count, or a comma-separated list of trusted proxy addresses ("true" is refused by the schema). */
export function parseTrustProxy(value: string): TrustProxy {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === "false" || trimmed === "0") return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return value.trim();
}

/**
 * Reads the configuration from an environment (normally `process.env`); throws a
 * {@link ConfigError} naming every wrong variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Cephalog cannot start: the environment is not valid.\n${lines.join("\n")}`);
  }
  const values = parsed.data;
  return {
    host: values.HOST,
    port: values.PORT,
    dataDir: values.CEPHALOG_DATA,
    databaseUrl: values.DATABASE_URL ?? null,
    publicUrl: values.PUBLIC_URL ?? null,
    trustProxy: parseTrustProxy(values.TRUST_PROXY),
    logLevel: values.LOG_LEVEL,
    auditSyslog: values.AUDIT_SYSLOG === undefined ? null : parseSyslogTarget(values.AUDIT_SYSLOG),
    smtpUrl: values.SMTP_URL ?? null,
    mailFrom: values.MAIL_FROM,
    vapidSubject: values.VAPID_SUBJECT ?? null,
    smsGatewayToken: values.SMS_GATEWAY_TOKEN ?? null,
  };
}

/** Whether cookies must be Secure: the public address is https. */
export function usesHttps(config: Pick<Config, "publicUrl">): boolean {
  return config.publicUrl?.startsWith("https://") ?? false;
}

/**
 * A warning for the person starting the server, or null: with PUBLIC_URL set the server is
 * probably reached through a reverse proxy, and without TRUST_PROXY every visitor would then
 * have the proxy's address, which is usually loopback, so demo sign-ins and the demo button
 * (meant for this machine only) would be offered to everyone, and sign-in limits would be shared.
 */
export function proxyWarning(config: Pick<Config, "publicUrl" | "trustProxy">): string | null {
  if (config.publicUrl === null || config.trustProxy !== false) return null;
  return (
    "Warning: PUBLIC_URL is set but TRUST_PROXY is not. Behind a reverse proxy every visitor would share the proxy's " +
    "address (loopback) in the sign-in limit. If Cephalog runs behind a proxy, set TRUST_PROXY (for example TRUST_PROXY=1)."
  );
}

/**
 * A warning for the person starting the server, or null: listening beyond this machine without
 * PUBLIC_URL, invitation links can be made only on the server itself (a request's Host is not
 * believed; api-route.ts baseUrlOf).
 */
export function publicUrlWarning(config: Pick<Config, "publicUrl" | "host">): string | null {
  if (config.publicUrl !== null || /^(127\.|localhost$|::1$)/.test(config.host)) return null;
  return "Warning: PUBLIC_URL is not set. Invitation links can then be made only on this machine; set PUBLIC_URL to the address people use (for example https://cephalog.example.org).";
}
