/**
 * Sends the audit chains' heads to a syslog server (AUDIT_SYSLOG, e.g. `udp://127.0.0.1:514`):
 * RFC 5424 messages over UDP (RFC 5426), facility "log audit" (13), severity informational, one
 * datagram per chain. Node's dgram is enough; the heads hold a clinic id, a seq and a hash only.
 */
import { createSocket } from "node:dgram";
import { isIPv6 } from "node:net";
import { hostname } from "node:os";

export interface SyslogTarget {
  readonly host: string;
  readonly port: number;
}

/** PRI = facility 13 (log audit) * 8 + severity 6 (informational). */
const PRI = 13 * 8 + 6;

/**
 * Reads AUDIT_SYSLOG: `udp://host[:port]` (port 514 by default), IPv6 in brackets; null when it is not one.
 * @example parseSyslogTarget("udp://[::1]:5514") // { host: "::1", port: 5514 }
 * @example parseSyslogTarget("tcp://127.0.0.1:514") // null
 */
export function parseSyslogTarget(value: string): SyslogTarget | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "udp:" || url.hostname === "" || url.pathname.replace(/^\/$/, "") !== "" || url.search !== "" || url.username !== "") return null;
  return { host: url.hostname.replace(/^\[(.*)\]$/, "$1"), port: url.port === "" ? 514 : Number(url.port) };
}

/**
 * One RFC 5424 message: `<110>1 TIMESTAMP HOST cephalog - MSGID - TEXT`.
 * @example syslogMessage(new Date("2026-12-07T04:00:00Z"), "clinic-server", "audit-head", "chain=accounts seq=3 hash=ab") // "<110>1 2026-12-07T04:00:00.000Z clinic-server cephalog - audit-head - chain=accounts seq=3 hash=ab"
 */
export function syslogMessage(at: Date, host: string, msgId: string, text: string): string {
  const safeHost = host.replace(/[^\x21-\x7e]/g, "").slice(0, 255) || "-";
  return `<${PRI}>1 ${at.toISOString()} ${safeHost} cephalog - ${msgId} - ${text}`;
}

/** Sends each message as its own datagram; resolves once all were handed to the network. */
export async function sendSyslog(target: SyslogTarget, at: Date, msgId: string, texts: readonly string[]): Promise<void> {
  const socket = createSocket(isIPv6(target.host) ? "udp6" : "udp4");
  try {
    const host = hostname();
    for (const text of texts) {
      const message = Buffer.from(syslogMessage(at, host, msgId, text), "utf8");
      await new Promise<void>((resolve, reject) => socket.send(message, target.port, target.host, (error) => (error ? reject(error) : resolve())));
    }
  } finally {
    socket.close();
  }
}
