import { describe, expect, it } from "vitest";
import { isAppPath, isPushServiceEndpoint, pushSubscriptionBodySchema } from "./notifications.ts";

describe("notification links and push endpoints", () => {
  it("takes a path of the app as a link, never another site", () => {
    for (const link of ["/", "/account", "/clinic/c1/side-effects/r1", "/today?x=1"]) expect(isAppPath(link), link).toBe(true);
    for (const link of ["", "clinic/x", "//evil.example/x", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "/a b", `/${"x".repeat(600)}`]) expect(isAppPath(link), link).toBe(false);
  });

  it("takes the https addresses of the browsers' push services only", () => {
    for (const endpoint of ["https://fcm.googleapis.com/fcm/send/abc", "https://updates.push.services.mozilla.com/wpush/v2/abc", "https://web.push.apple.com/abc", "https://wns2-am3p.notify.windows.com/w/?token=abc"]) {
      expect(isPushServiceEndpoint(endpoint), endpoint).toBe(true);
    }
    for (const endpoint of ["http://fcm.googleapis.com/fcm/send/abc", "https://fcm.googleapis.com:8443/x", "https://user:pw@fcm.googleapis.com/x", "https://fcm.googleapis.com.evil.example/x", "https://evilfcm.googleapis.com.example/x", "https://127.0.0.1/x", "https://localhost/x", "not a url"]) {
      expect(isPushServiceEndpoint(endpoint), endpoint).toBe(false);
    }
  });

  it("names the field of a subscription the browser did not make", () => {
    const good = { endpoint: "https://fcm.googleapis.com/fcm/send/abc", keys: { p256dh: `B${"x".repeat(86)}`, auth: "authsecret-16bytes-x" }, label: "Chrome on Android" };
    expect(pushSubscriptionBodySchema.safeParse(good).success).toBe(true);
    const bad = pushSubscriptionBodySchema.safeParse({ ...good, keys: { p256dh: "short", auth: "a/b" } });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.path.join("."))).toEqual(["keys.p256dh", "keys.auth"]);
  });
});
