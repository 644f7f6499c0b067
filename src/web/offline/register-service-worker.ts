/**
 * Registers the service worker that precaches the app shell (vite-plugin-pwa, generateSW), so
 * the diary opens without a network. New versions activate on the next load (autoUpdate).
 */
import { registerSW } from "virtual:pwa-register";

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  registerSW({
    immediate: true,
    onRegisterError: () => {
      // Offline opening is then unavailable, but nothing else changes: the page still works online.
    },
  });
}
