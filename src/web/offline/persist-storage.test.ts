import { describe, expect, it } from "vitest";
import { persistOnce } from "./persist-storage.ts";

describe("persistOnce", () => {
  it("asks the browser to keep the diary's storage once, however often it is called", async () => {
    let asked = 0;
    const ask = persistOnce(() => ({
      persisted: async () => false,
      persist: async () => {
        asked += 1;
        return true;
      },
    }));
    expect(await ask()).toBe(true);
    expect(await ask()).toBe(true);
    expect(asked).toBe(1);
  });

  it("does not ask again when storage is already persistent", async () => {
    let asked = 0;
    const ask = persistOnce(() => ({ persisted: async () => true, persist: async () => Boolean((asked += 1)) }));
    expect(await ask()).toBe(true);
    expect(asked).toBe(0);
  });

  it("does nothing where the browser has no persist(), or it fails", async () => {
    expect(await persistOnce(() => undefined)()).toBeNull();
    expect(await persistOnce(() => ({}))()).toBeNull();
    expect(await persistOnce(() => ({ persist: () => Promise.reject(new Error("no")) }))()).toBeNull();
  });
});
