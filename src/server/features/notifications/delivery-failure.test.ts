import { describe, expect, it } from "vitest";
import { DeliveryError, failureOf, MAX_DELIVERY_ATTEMPTS, retryDelayMs, safeCode, smtpFailure } from "./delivery-failure.ts";
import { emailText } from "./transports.ts";
import { isPassingPushStatus, vapidSubjectOf } from "./web-push-transport.ts";

describe("a failed delivery", () => {
  it("waits 30 s after the first attempt, doubling to an hour at most", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000]);
  });

  it("keeps trying for about 18 hours in all before giving up", () => {
    const waited = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, index) => retryDelayMs(index + 1)).reduce((sum, ms) => sum + ms, 0);
    expect(waited / 3_600_000).toBeGreaterThan(17);
    expect(waited / 3_600_000).toBeLessThan(19);
  });

  it("keeps an SMTP server's code, never its words (which may quote the address)", () => {
    const refused = smtpFailure(Object.assign(new Error("550 5.1.1 <ada@example.test>: no such user"), { responseCode: 550, code: "EENVELOPE" }));
    expect([refused.code, refused.permanent]).toEqual(["smtp-550", true]);
    const deferred = smtpFailure(Object.assign(new Error("451 greylisted ada@example.test"), { responseCode: 451 }));
    expect([deferred.code, deferred.permanent]).toEqual(["smtp-451", false]);
    const down = smtpFailure(Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:25"), { code: "ESOCKET" }));
    expect([down.code, down.permanent]).toEqual(["smtp-ESOCKET", false]);
    expect(smtpFailure("weird").code).toBe("smtp-failed");
  });

  it("names any other error by its class only, and retries it", () => {
    expect(failureOf(new TypeError("fetch https://push.example/secret failed"))).toEqual({ code: "TypeError", permanent: false });
    expect(failureOf(new DeliveryError("push-410", true))).toEqual({ code: "push-410", permanent: true });
    expect(failureOf(null)).toEqual({ code: "unknown", permanent: false });
    expect(safeCode("a b/c:d")).toBe("a-b-c-d");
  });

  it("retries a push service that is busy or down, not one that refuses", () => {
    expect([429, 500, 502, 503].every(isPassingPushStatus)).toBe(true);
    expect([301, 400, 403, 404, 410, 413].some(isPassingPushStatus)).toBe(false);
  });
});

describe("what a message says outside the app", () => {
  it("makes the link whole with PUBLIC_URL, or says where to go without it", () => {
    expect(emailText({ body: "Check it.", link: "/clinic/c/x" }, "https://cephalog.example.org")).toBe("Check it.\n\nOpen it in Cephalog: https://cephalog.example.org/clinic/c/x");
    expect(emailText({ body: "Check it.", link: "/clinic/c/x" }, null)).toBe("Check it.\n\nSign in to Cephalog and open /clinic/c/x");
    expect(emailText({ body: "A reset link: https://x/reset-password/t", link: null }, "https://x")).toBe("A reset link: https://x/reset-password/t");
  });

  it("names the sender to push services: VAPID_SUBJECT, else an https PUBLIC_URL, else MAIL_FROM's address", () => {
    expect(vapidSubjectOf({ mailFrom: "Cephalog <a@b.example>", vapidSubject: "mailto:it@clinic.example.org", publicUrl: "https://x.example" })).toBe("mailto:it@clinic.example.org");
    expect(vapidSubjectOf({ mailFrom: "Cephalog <a@b.example>", publicUrl: "https://x.example" })).toBe("https://x.example");
    expect(vapidSubjectOf({ mailFrom: "Cephalog <a@b.example>", publicUrl: "http://x.example" })).toBe("mailto:a@b.example");
    expect(vapidSubjectOf({ mailFrom: "alerts@b.example" })).toBe("mailto:alerts@b.example");
  });
});
