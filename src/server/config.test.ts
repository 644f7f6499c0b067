import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseTrustProxy, proxyWarning, publicUrlWarning, usesHttps } from "./config.ts";

describe("the server configuration", () => {
  it("has defaults for a laptop: loopback, port 3000, ./data, the embedded database", () => {
    expect(loadConfig({})).toEqual({
      host: "127.0.0.1",
      port: 3000,
      dataDir: "./data",
      databaseUrl: null,
      publicUrl: null,
      trustProxy: false,
      logLevel: "info",
      smtpUrl: null,
      mailFrom: "Cephalog <cephalog@localhost>",
      auditSyslog: null,
      vapidSubject: null,
      smsGatewayToken: null,
    });
  });

  it("reads SMS_GATEWAY_TOKEN as a long token without spaces, refusing a short one", () => {
    const token = "q3J9x0VbP1tLwE8sYk2fZr7uHn5cAa6dGm4oTi0BvXk=";
    expect(loadConfig({ SMS_GATEWAY_TOKEN: token }).smsGatewayToken).toBe(token);
    expect(loadConfig({ SMS_GATEWAY_TOKEN: " " }).smsGatewayToken).toBeNull();
    expect(() => loadConfig({ SMS_GATEWAY_TOKEN: "short-token" })).toThrow(/SMS_GATEWAY_TOKEN: must be at least 32 printable characters/);
    expect(() => loadConfig({ SMS_GATEWAY_TOKEN: `${token} with spaces` })).toThrow(/SMS_GATEWAY_TOKEN/);
  });

  it("refuses an SMS_GATEWAY_TOKEN that is long but easy to guess, saying how to make one", () => {
    for (const weak of ["a".repeat(32), "a".repeat(24) + "0123456789", "ab".repeat(20), "password".repeat(5), "0123456789abcdef".repeat(2), "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"]) {
      expect(() => loadConfig({ SMS_GATEWAY_TOKEN: weak }), weak).toThrow(/SMS_GATEWAY_TOKEN: is too easy to guess .*openssl rand -base64 32/);
    }
    // What openssl rand makes passes every time (base64 of 32 bytes, hex of 32 bytes), checked over many draws.
    for (let draw = 0; draw < 500; draw += 1) {
      for (const token of [randomBytes(32).toString("base64"), randomBytes(32).toString("hex")]) expect(loadConfig({ SMS_GATEWAY_TOKEN: token }).smsGatewayToken, token).toBe(token);
    }
  });

  it("reads VAPID_SUBJECT as a mailto: address or an https:// page, refusing anything else", () => {
    expect(loadConfig({ VAPID_SUBJECT: "mailto:it@clinic.example.org" }).vapidSubject).toBe("mailto:it@clinic.example.org");
    expect(loadConfig({ VAPID_SUBJECT: "https://clinic.example.org/contact" }).vapidSubject).toBe("https://clinic.example.org/contact");
    expect(() => loadConfig({ VAPID_SUBJECT: "http://clinic.example.org" })).toThrow(/VAPID_SUBJECT: must be a mailto: address or an https:\/\/ page/);
    expect(() => loadConfig({ VAPID_SUBJECT: "it@clinic.example.org" })).toThrow(/VAPID_SUBJECT/);
  });

  it("reads AUDIT_SYSLOG as a UDP syslog and refuses anything else, naming the variable", () => {
    expect(loadConfig({ AUDIT_SYSLOG: "udp://127.0.0.1:5514" }).auditSyslog).toEqual({ host: "127.0.0.1", port: 5514 });
    expect(loadConfig({ AUDIT_SYSLOG: "udp://logs.example.org" }).auditSyslog).toEqual({ host: "logs.example.org", port: 514 });
    expect(() => loadConfig({ AUDIT_SYSLOG: "tcp://127.0.0.1:514" })).toThrow(/AUDIT_SYSLOG: must be a syslog over UDP/);
  });

  it("reads every variable, treating empty ones as unset", () => {
    const config = loadConfig({
      HOST: "0.0.0.0",
      PORT: "8080",
      CEPHALOG_DATA: "/var/lib/cephalog",
      DATABASE_URL: "postgres://app@db:5432/cephalog",
      PUBLIC_URL: "https://clinic.example.org/",
      TRUST_PROXY: "1",
      LOG_LEVEL: "",
    });
    expect(config).toMatchObject({ host: "0.0.0.0", port: 8080, dataDir: "/var/lib/cephalog", databaseUrl: "postgres://app@db:5432/cephalog", publicUrl: "https://clinic.example.org", trustProxy: 1, logLevel: "info" });
    expect(usesHttps(config)).toBe(true);
  });

  it("fails fast naming each wrong variable", () => {
    const attempt = () => loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", PUBLIC_URL: "clinic.example.org", LOG_LEVEL: "loud" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ["PORT", "DATABASE_URL", "PUBLIC_URL", "LOG_LEVEL"]) expect(message).toContain(`${name}:`);
    }
  });

  it.each([
    ["70000", "PORT"],
    ["-1", "PORT"],
  ])("refuses PORT=%s", (value, name) => {
    expect(() => loadConfig({ PORT: value })).toThrow(name);
  });

  it("refuses TRUST_PROXY=true, which would believe any address a client claims", () => {
    expect(() => loadConfig({ TRUST_PROXY: "true" })).toThrow(/TRUST_PROXY: must be the number of proxies in front/);
    expect(() => loadConfig({ TRUST_PROXY: " TRUE " })).toThrow(/TRUST_PROXY/);
  });

  it.each([
    ["false", false],
    ["2", 2],
    ["10.0.0.1, 10.0.0.2", "10.0.0.1, 10.0.0.2"],
  ])("reads TRUST_PROXY=%s", (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it("warns when listening beyond this machine without PUBLIC_URL, since links can then be made only here", () => {
    expect(publicUrlWarning(loadConfig({ HOST: "0.0.0.0" }))).toContain("PUBLIC_URL is not set");
    expect(publicUrlWarning(loadConfig({ HOST: "127.0.0.1" }))).toBeNull();
    expect(publicUrlWarning(loadConfig({ HOST: "0.0.0.0", PUBLIC_URL: "https://clinic.example.org" }))).toBeNull();
  });

  it("warns when PUBLIC_URL is set without TRUST_PROXY, since behind a proxy every visitor would look like loopback", () => {
    const warning = proxyWarning(loadConfig({ PUBLIC_URL: "https://clinic.example.org" }));
    expect(warning).toContain("TRUST_PROXY");
    expect(warning).toContain("loopback");
    expect(proxyWarning(loadConfig({ PUBLIC_URL: "https://clinic.example.org", TRUST_PROXY: "1" }))).toBeNull();
    expect(proxyWarning(loadConfig({ PUBLIC_URL: "https://clinic.example.org", TRUST_PROXY: "10.0.0.1" }))).toBeNull();
    expect(proxyWarning(loadConfig({}))).toBeNull();
  });

  it("uses Secure cookies only for an https public address", () => {
    expect(usesHttps({ publicUrl: "http://clinic.local:3000" })).toBe(false);
    expect(usesHttps({ publicUrl: null })).toBe(false);
  });
});
