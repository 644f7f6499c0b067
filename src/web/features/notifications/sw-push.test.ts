import { describe, expect, it } from "vitest";
// The handler's text, as the service worker imports it (Vite's ?raw import).
import SW_PUSH from "../../public/sw-push.js?raw";

type Listener = (event: FakeEvent) => void;
interface FakeEvent {
  data?: { json(): unknown } | null;
  notification?: { data: unknown; close(): void };
  waitUntil(promise: Promise<unknown>): void;
}

const ORIGIN = "https://cephalog.example.org";

/** Runs public/sw-push.js in a fake worker scope; answers its listeners and what they did. */
function worker(windows: { url: string; navigateFails?: boolean; focusFails?: boolean }[] = []) {
  const listeners = new Map<string, Listener>();
  const shown: { title: string; options: Record<string, unknown> }[] = [];
  const opened: string[] = [];
  const navigated: string[] = [];
  const focused: string[] = [];
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, listener: Listener) => void listeners.set(type, listener),
    registration: { showNotification: async (title: string, options: Record<string, unknown>) => void shown.push({ title, options }) },
    clients: {
      matchAll: async () =>
        windows.map((w) => ({
          url: w.url,
          focus: async function (this: unknown) {
            if (w.focusFails) throw new DOMException("Not allowed to focus a window.", "InvalidAccessError");
            focused.push(w.url);
            return this;
          },
          navigate: async (to: string) => {
            if (w.navigateFails) throw new TypeError("not controlled");
            navigated.push(to);
            return null;
          },
        })),
      openWindow: async (to: string) => void opened.push(to),
    },
  };
  new Function("self", "URL", SW_PUSH)(self, URL);
  const fire = async (type: string, event: Omit<FakeEvent, "waitUntil">) => {
    let pending: Promise<unknown> = Promise.resolve();
    listeners.get(type)?.({ ...event, waitUntil: (promise) => void (pending = promise) });
    await pending;
  };
  const push = (payload: unknown) => fire("push", { data: payload === null ? null : { json: () => (typeof payload === "string" ? JSON.parse(payload) : payload) } });
  const click = (link: unknown) => {
    let closed = false;
    return fire("notificationclick", { notification: { data: { link }, close: () => void (closed = true) } }).then(() => closed);
  };
  return { shown, opened, navigated, focused, push, click };
}

describe("the service worker's web push", () => {
  it("shows a push's words with its id as tag and its app path to open", async () => {
    const sw = worker();
    await sw.push({ id: "0190-1", title: "A red side-effect report needs review", body: "Open Cephalog to see it.", link: "/clinic/c1/side-effects/r1" });
    expect(sw.shown).toEqual([
      { title: "A red side-effect report needs review", options: { body: "Open Cephalog to see it.", icon: "/icon-192.png", badge: "/icon-192.png", tag: "0190-1", data: { link: "/clinic/c1/side-effects/r1" } } },
    ]);
  });

  it("still shows a notification for a push it cannot read, and never keeps a link to another site", async () => {
    const sw = worker();
    await sw.push(null);
    await sw.push("not json {");
    await sw.push({ title: "Hi", link: "https://evil.example/x" });
    await sw.push({ title: "Hi", link: "//evil.example/x" });
    expect(sw.shown.map((n) => [n.title, (n.options["data"] as { link: string }).link])).toEqual([
      ["Cephalog", "/"],
      ["Cephalog", "/"],
      ["Hi", "/"],
      ["Hi", "/"],
    ]);
  });

  it("opens the link in a new window when no Cephalog window is open", async () => {
    const sw = worker([{ url: "https://other.example/" }]);
    expect(await sw.click("/clinic/c1/side-effects/r1")).toBe(true);
    expect(sw.opened).toEqual([`${ORIGIN}/clinic/c1/side-effects/r1`]);
    expect(sw.navigated).toEqual([]);
  });

  it("focuses an open Cephalog window and takes it to the link, or opens one when it cannot", async () => {
    const sw = worker([{ url: `${ORIGIN}/clinic/c1/worklist` }]);
    await sw.click("/clinic/c1/side-effects/r1");
    expect(sw.focused).toEqual([`${ORIGIN}/clinic/c1/worklist`]);
    expect(sw.navigated).toEqual([`${ORIGIN}/clinic/c1/side-effects/r1`]);
    expect(sw.opened).toEqual([]);

    const uncontrolled = worker([{ url: `${ORIGIN}/account`, navigateFails: true }]);
    await uncontrolled.click("javascript:alert(1)");
    expect(uncontrolled.opened).toEqual([`${ORIGIN}/`]);
  });

  it("takes the open window to the link even when the browser refuses to focus it (no user activation)", async () => {
    const sw = worker([{ url: `${ORIGIN}/reminders`, focusFails: true }]);
    await sw.click("/today");
    expect(sw.focused).toEqual([]);
    expect(sw.navigated).toEqual([`${ORIGIN}/today`]);
    expect(sw.opened).toEqual([]);
  });
});
