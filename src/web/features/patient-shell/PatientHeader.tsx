/**
 * Everything above a patient screen's content: the app header (the mark, who is signed in,
 * sign-out, the demo banner) and the patient's navigation. Pass it as a Page's `header`, or use
 * PatientScreen, on every patient screen. It also keeps the side-effects outbox sending while any
 * patient screen is open, so a report saved offline leaves as soon as the phone is back online.
 */
import { useEffect } from "react";
import type { Me } from "#contracts/api/auth.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { useSession } from "#web/app/session.tsx";
import { startSideEffectsSync } from "#web/offline/side-effects-sync-loop.ts";
import { LOOK_BAR_COLOURS, usePatientLook } from "./patient-look.ts";
import { PatientNav } from "./PatientNav.tsx";
import "./patient-shell.css";

export function PatientHeader({ me }: { readonly me: Me }) {
  const { look } = usePatientLook();
  const { state } = useSession();
  const patientId = me.patient?.patientId;
  const confirmedAt = state.phase === "ready" ? state.confirmedAt : null;

  // Page sets the dark bar colour for every patient page in its layout effect; this runs after it.
  useEffect(() => {
    document.querySelector('meta[name="theme-color"]')?.setAttribute("content", LOOK_BAR_COLOURS[look]);
  }, [look]);

  useEffect(() => (patientId ? startSideEffectsSync(patientId, confirmedAt) : undefined), [patientId, confirmedAt]);

  return (
    <>
      <AppHeader me={me} accountLink={false} />
      <PatientNav />
    </>
  );
}
