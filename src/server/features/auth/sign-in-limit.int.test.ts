/**
 * The sign-in limit under attack (issue 7, findings 1-2), on both databases: parallel guesses
 * cannot outrun it, guesses at one account from many addresses slow down (never lock the owner
 * out), and the holder is told of the failures at their next sign-in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../../db/testing.ts";
import { makeClinic, testClock, testDeps, uniqueEmail } from "../../shared/test-support.ts";
import { SIGN_IN_LIMIT } from "./sign-in-limit.ts";
import { dismissSignInWarning, login, SIGN_IN_WARNING_MIN } from "./sign-in.ts";

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "signed-in",
    (error: unknown) => (error as { code?: string }).code ?? "error",
  );
const tally = (outcomes: string[]) => outcomes.reduce<Record<string, number>>((counts, o) => ({ ...counts, [o]: (counts[o] ?? 0) + 1 }), {});

describe.each(testDatabaseKinds())("the sign-in limit on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.close());

  it("checks at most 10 of 40 parallel wrong passwords for one account from one address", async () => {
    const deps = testDeps(t.db, testClock("2026-07-20T10:00:00Z"));
    const { staff } = await makeClinic(deps);
    const ip = { ip: "203.0.113.10", loopback: false };
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => outcome(login(deps, { email: staff.email, password: "wrong" }, ip))));
    const counts = tally(outcomes);
    // Each attempt counts the others before its check, so a burst may be refused whole: never more than the limit is checked.
    expect(counts["invalid_credentials"] ?? 0).toBeLessThanOrEqual(SIGN_IN_LIMIT.perEmailAndAddress);
    expect((counts["invalid_credentials"] ?? 0) + (counts["rate_limited"] ?? 0)).toBe(40);
    // A refused attempt took its rows back: the pair holds only the checked failures.
    await expect(login(deps, { email: staff.email, password: "after" }, ip)).rejects.toMatchObject({ code: (counts["invalid_credentials"] ?? 0) < SIGN_IN_LIMIT.perEmailAndAddress ? "invalid_credentials" : "rate_limited" });
  });

  it("checks at most 50 of 100 parallel wrong passwords across 100 accounts from one address", async () => {
    const deps = testDeps(t.db, testClock("2026-07-20T11:00:00Z"));
    const ip = { ip: "203.0.113.11", loopback: false };
    const outcomes = await Promise.all(Array.from({ length: 100 }, (_, i) => outcome(login(deps, { email: uniqueEmail(`parallel${i}`), password: "Summer2026!" }, ip))));
    const counts = tally(outcomes);
    expect(counts["invalid_credentials"] ?? 0).toBeLessThanOrEqual(SIGN_IN_LIMIT.perAddress);
    expect((counts["invalid_credentials"] ?? 0) + (counts["rate_limited"] ?? 0)).toBe(100);
  }, 60_000);

  it("slows 250 guesses at one account from 25 addresses to 10 checks, then one a growing delay apart; the owner still gets in", async () => {
    const clock = testClock("2026-07-20T12:00:00Z");
    const deps = testDeps(t.db, clock);
    const { staff } = await makeClinic(deps);
    const owner = { ip: "198.51.100.20", loopback: false };
    await login(deps, { email: staff.email, password: staff.password }, owner);
    const addresses = Array.from({ length: 25 }, (_, i) => ({ ip: `192.0.2.${100 + i}`, loopback: false }));
    const outcomes: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      for (const address of addresses) outcomes.push(await outcome(login(deps, { email: staff.email, password: `guess-${round}` }, address)));
    }
    expect(tally(outcomes)).toEqual({ invalid_credentials: SIGN_IN_LIMIT.perAccountBeforeDelay, rate_limited: 240 });
    const refusal = await login(deps, { email: staff.email, password: "again" }, addresses[0]!).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "rate_limited", message: "This account had many failed sign-ins. Wait 1 seconds and try again." });

    // The delay doubles with each failure past the free ones: 1 s, then 2 s, then 4 s.
    clock.advance(1000);
    await expect(login(deps, { email: staff.email, password: "guess-a" }, addresses[1]!)).rejects.toMatchObject({ code: "invalid_credentials" });
    clock.advance(1000);
    await expect(login(deps, { email: staff.email, password: "guess-b" }, addresses[2]!)).rejects.toMatchObject({ code: "rate_limited" });
    clock.advance(1000);
    await expect(login(deps, { email: staff.email, password: "guess-b" }, addresses[2]!)).rejects.toMatchObject({ code: "invalid_credentials" });

    // The owner's known address is never slowed; a new one waits at most the longest delay.
    await expect(login(deps, { email: staff.email, password: staff.password }, owner)).resolves.toBeTruthy();
    const travelling = { ip: "198.51.100.99", loopback: false };
    await expect(login(deps, { email: staff.email, password: staff.password }, travelling)).rejects.toMatchObject({ code: "rate_limited" });
    clock.advance(SIGN_IN_LIMIT.accountDelayMaxMs);
    await expect(login(deps, { email: staff.email, password: staff.password }, travelling)).resolves.toBeTruthy();
  }, 60_000);

  it("tells the holder of several failed sign-ins at the next one, until they dismiss it; a typo or two is forgotten", async () => {
    const clock = testClock("2026-07-20T13:00:00Z");
    const deps = testDeps(t.db, clock);
    const { staff } = await makeClinic(deps);
    const home = { ip: "198.51.100.30", loopback: false };
    const stranger = { ip: "203.0.113.30", loopback: false };
    for (let i = 0; i < 4; i += 1) {
      clock.advance(1000);
      await login(deps, { email: staff.email, password: `guess-${i}` }, stranger).catch(() => undefined);
    }
    const lastAt = clock().toISOString();
    clock.advance(60_000);
    const signedIn = await login(deps, { email: staff.email, password: staff.password }, home);
    expect(signedIn.me.signInWarning).toEqual({ failedAttempts: 4, lastAt });
    const again = await login(deps, { email: staff.email, password: staff.password }, home);
    expect(again.me.signInWarning).toEqual({ failedAttempts: 4, lastAt });
    expect((await dismissSignInWarning(deps, staff.userId)).signInWarning).toBeNull();

    expect(SIGN_IN_WARNING_MIN).toBe(3);
    await login(deps, { email: staff.email, password: "typo" }, home).catch(() => undefined);
    await login(deps, { email: staff.email, password: "typo2" }, home).catch(() => undefined);
    expect((await login(deps, { email: staff.email, password: staff.password }, home)).me.signInWarning).toBeNull();
  });
});
