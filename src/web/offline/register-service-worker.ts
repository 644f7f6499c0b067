/**
 * Registers the service worker that precaches the app shell (vite-plugin-pwa, generateSW), so
 * the diary opens without a network, after a deploy too. A new version installs beside the running
 * one and waits (registerType "prompt"): it is applied only when the person taps "Reload" with
 * nothing half-typed (app-update.ts, UpdatePrompt.tsx).
 */
import { registerSW } from "virtual:pwa-register";
import { reportUpdate } from "./app-update.ts";

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  let appliedHere = false;
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      reportUpdate("waiting", async () => {
        appliedHere = true;
        await updateServiceWorker();
      });
    },
    // The reload is decided below: the plugin's own reload only follows a page that opened
    // under a worker, not one where the first worker took over since (clientsClaim).
    onNeedReload: () => undefined,
    onRegisterError: () => {
      // Offline opening is then unavailable, but nothing else changes: the page still works online.
    },
  });
  // A new worker took over from an old one. Asked for here: reload into it. Asked for in another
  // tab: this page may hold a draft, so it only offers the reload (app-update.ts decides when).
  // The first worker taking an uncontrolled page (clientsClaim) is no update.
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    const previous = controller;
    controller = navigator.serviceWorker.controller;
    if (appliedHere) window.location.reload();
    else if (previous !== null) reportUpdate("took-over");
  });
}
