/**
 * Learn (issue 9 §4): short pages in plain words, public and offline. The shell routes here before
 * it knows who is signed in (App.tsx), so the pages open without an account and without a
 * network; once the session is known the header follows it: the patient's own header and
 * navigation, a staff member's header, or the public one. Always in the patient's low-light theme.
 */
import type { Me } from "#contracts/api/auth.ts";
import { AppHeader } from "#web/app/AppHeader.tsx";
import { PublicHeader } from "#web/app/PublicHeader.tsx";
import { PatientHeader } from "#web/features/patient-shell/PatientHeader.tsx";
import { LearnArticle } from "./LearnArticle.tsx";
import { LearnIndex } from "./LearnIndex.tsx";
import { LearnNotFound } from "./LearnNotFound.tsx";
import type { LearnPlace } from "./learn-paths.ts";
import "./learn.css";

type LearnRouteProps = {
  readonly place: LearnPlace;
  /** Who is signed in; null before the session is known, or when nobody is. */
  readonly me: Me | null;
};

export function LearnRoute({ place, me }: LearnRouteProps) {
  const header = me?.patient ? <PatientHeader me={me} /> : me ? <AppHeader me={me} clinicId={me.memberships[0]?.clinicId} /> : <PublicHeader />;
  if (place.kind === "index") return <LearnIndex header={header} />;
  if (place.kind === "page") return <LearnArticle slug={place.slug} header={header} />;
  return <LearnNotFound header={header} />;
}
