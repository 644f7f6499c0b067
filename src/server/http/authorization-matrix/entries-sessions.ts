/**
 * Matrix entries of injection sessions: the list and the screen's context, drafts, signing and
 * amending. Signing needs a complete draft whose injector is the caller: the clinic's injector
 * (the `injector` caller of clinic A) is the draft's, so only they sign, as the access level says.
 */
import type { SessionContent } from "#contracts/records/session-content.ts";
import { readSession } from "../../features/sessions/sessions.ts";
import { freshDraft, freshSession } from "./clinic-fixture.ts";
import { patientParams, type MatrixEntries } from "./entry.ts";

export const sessionEntries: MatrixEntries = {
  patientSessions: { call: ({ clinic }) => ({ params: patientParams(clinic) }) },
  sessionContext: { call: ({ clinic }) => ({ params: patientParams(clinic), query: { forSessionId: clinic.sessionId } }) },
  startSessionDraft: { call: ({ clinic }) => ({ params: patientParams(clinic), body: { injectorUserId: clinic.injectorId } }) },
  sessionDraft: { call: ({ clinic }) => ({ params: patientParams(clinic, { draftId: clinic.draftId }) }) },
  saveSessionDraft: {
    call: async ({ world, clinic }) => {
      const draft = await freshDraft(world.deps, clinic, false);
      return { params: patientParams(clinic, { draftId: draft.id }), body: { version: draft.version, content: { ...draft.content, notes: "Patient comfortable" } } };
    },
  },
  discardSessionDraft: { call: async ({ world, clinic }) => ({ params: patientParams(clinic, { draftId: (await freshDraft(world.deps, clinic, false)).id }) }) },
  signSession: {
    call: async ({ world, clinic }) => {
      const draft = await freshDraft(world.deps, clinic, true);
      return { params: patientParams(clinic, { draftId: draft.id }), body: { version: draft.version } };
    },
  },
  session: { call: ({ clinic }) => ({ params: patientParams(clinic, { sessionId: clinic.sessionId }) }) },
  amendSession: {
    // Each call amends its own signed session from revision 1: the calls are built before any is sent.
    call: async ({ world, clinic }) => {
      const { patientId, sessionId } = await freshSession(world.deps, clinic);
      const session = await readSession(world.deps, { clinicId: clinic.clinicId, patientId }, sessionId);
      const content = session.current.content as SessionContent;
      return { params: patientParams(clinic, { patientId, sessionId }), body: { content: { ...content, needle: "32 G, 4 mm" }, reason: "Needle recorded wrongly", fromRevision: session.current.revision } };
    },
  },
};
