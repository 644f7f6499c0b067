/** The entry point: styles, the session, the shell, and the service worker for offline use. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { startI18n } from "./i18n/i18n.ts";
import { SessionProvider } from "./app/session.tsx";
import { registerServiceWorker } from "./offline/register-service-worker.ts";
import "./ui/tokens.css";
import "./ui/base.css";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = container;

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
  });

registerServiceWorker();
