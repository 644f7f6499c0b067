import { describe, expect, it } from "vitest";
import { applicationServerKey, deviceLabel, sameKey } from "./push-device.ts";

describe("this device's web push", () => {
  it("reads the server's URL-safe base64 key as bytes", () => {
    expect(Array.from(applicationServerKey("AQID"))).toEqual([1, 2, 3]);
    expect(Array.from(applicationServerKey("-_8"))).toEqual([251, 255]);
    expect(applicationServerKey("B".padEnd(87, "A"))).toHaveLength(65);
  });

  it("tells whether a subscription was made with the server's key", () => {
    expect(sameKey(new Uint8Array([1, 2, 3]).buffer, "AQID")).toBe(true);
    expect(sameKey(new Uint8Array([1, 2, 4]).buffer, "AQID")).toBe(false);
    expect(sameKey(null, "AQID")).toBe(false);
  });

  it("names a device by its browser and system", () => {
    expect(deviceLabel("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36")).toBe("Chrome on Android");
    expect(deviceLabel("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0")).toBe("Edge on Windows");
    expect(deviceLabel("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0")).toBe("Firefox on Mac");
    expect(deviceLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).toBe("Safari on iPhone");
    expect(deviceLabel("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0 Safari/537.36")).toBe("Chrome on Linux");
    expect(deviceLabel("curl/8")).toBe("Browser on this device");
  });
});
