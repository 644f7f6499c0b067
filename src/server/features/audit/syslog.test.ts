/** The audit heads to a syslog: AUDIT_SYSLOG read, RFC 5424 over UDP, received by a real socket. */
import { createSocket } from "node:dgram";
import { describe, expect, it } from "vitest";
import { parseSyslogTarget, sendSyslog, syslogMessage } from "./syslog.ts";

describe("the syslog of audit heads", () => {
  it.each([
    ["udp://127.0.0.1:514", { host: "127.0.0.1", port: 514 }],
    ["udp://logs.example.org", { host: "logs.example.org", port: 514 }],
    ["udp://[::1]:5514", { host: "::1", port: 5514 }],
    ["tcp://127.0.0.1:514", null],
    ["udp://127.0.0.1:514/path", null],
    ["udp://user@127.0.0.1:514", null],
    ["127.0.0.1:514", null],
    ["not a url", null],
  ])("reads %j as %j", (value, target) => {
    expect(parseSyslogTarget(value)).toEqual(target);
  });

  it("writes RFC 5424 with the log audit facility and no host name characters outside printable ASCII", () => {
    expect(syslogMessage(new Date("2026-12-07T04:00:00Z"), "clinic server", "audit-head", "chain=accounts seq=3 hash=ab")).toBe(
      "<110>1 2026-12-07T04:00:00.000Z clinicserver cephalog - audit-head - chain=accounts seq=3 hash=ab",
    );
  });

  it("sends one datagram per head to the syslog", async () => {
    const server = createSocket("udp4");
    const received: string[] = [];
    const two = new Promise<void>((resolve) =>
      server.on("message", (message) => {
        received.push(message.toString("utf8"));
        if (received.length === 2) resolve();
      }),
    );
    await new Promise<void>((resolve) => server.bind(0, "127.0.0.1", resolve));
    try {
      await sendSyslog({ host: "127.0.0.1", port: server.address().port }, new Date("2026-12-07T04:00:00Z"), "audit-head", ["chain=c1 seq=1 hash=aa", "chain=accounts seq=2 hash=bb"]);
      await two;
      expect(received.map((message) => message.replace(/^(<110>1 \S+) \S+ /, "$1 HOST "))).toEqual([
        "<110>1 2026-12-07T04:00:00.000Z HOST cephalog - audit-head - chain=c1 seq=1 hash=aa",
        "<110>1 2026-12-07T04:00:00.000Z HOST cephalog - audit-head - chain=accounts seq=2 hash=bb",
      ]);
    } finally {
      server.close();
    }
  });
});
