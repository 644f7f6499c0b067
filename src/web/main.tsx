/** The entry point: styles, the session, the shell, and the service worker for offline use. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { startI18n } from "./i18n/i18n.ts";
import { SessionProvider } from "./app/session.tsx";
import { registerServiceWorker } from "./offline/register-service-worker.ts";
import "./ui/tokens.css";
import "./ui/base.css";

startI18n();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);

registerServiceWorker();
