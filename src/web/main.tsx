/** The entry point: styles, the session, the shell, and the service worker for offline use. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { startI18n } from "./i18n/i18n.ts";
import { SessionProvider, askSessionEarly } from "./app/session.tsx";
import { isSelfCheckPath } from "./features/self-check/self-check-paths.ts";
import { registerServiceWorker } from "./offline/register-service-worker.ts";
import "./ui/tokens.css";
import "./ui/base.css";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = container;

// Who is signed in is asked at once, beside the words below (the public self-check asks nothing).
if (!isSelfCheckPath(window.location.pathname)) askSessionEarly();

// The first render waits for this language's catalogues (small chunks, precached offline), so no
// screen ever flashes raw keys; a failed load still renders, in whatever words did load.
void startI18n()
  .catch(() => undefined)
  .then(() => {
    createRoot(root).render(
      <StrictMode>
        <SessionProvider>
          <App />
        </SessionProvider>
      </StrictMode>,
    );
    document.getElementById("boot")?.remove();
  });

registerServiceWorker();
