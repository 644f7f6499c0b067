/** Injection sessions: drafts, signing, amendments, and the session screen's context. */
import type { FastifyInstance } from "fastify";
import { sessionRoutes } from "#contracts/api/sessions.ts";
import { registerApiRoute, type HttpContext } from "../../http/api-route.ts";
import { readSnapshot } from "../../shared/read-snapshot.ts";
import { loadPatientOrNotFound } from "../../shared/patient-lookup.ts";
import { sessionContext } from "./session-context.ts";
import { amendSession, discardDraft, listSessions, readDraft, readSession, saveDraft, signSession, startDraft } from "./sessions.ts";

export function registerSessionRoutes(app: FastifyInstance, ctx: HttpContext): void {
  const target = (auth: { clinicId: string }, params: { patientId: string }) => ({ clinicId: auth.clinicId, patientId: params.patientId });

  registerApiRoute(app, ctx, sessionRoutes.patientSessions, async ({ auth, params }) => listSessions(ctx.deps, target(auth, params)));
  registerApiRoute(app, ctx, sessionRoutes.sessionContext, async ({ auth, params, query }) =>
    readSnapshot(ctx.deps.db, async (tx) => {
      await loadPatientOrNotFound(tx, auth.clinicId, params.patientId);
      return sessionContext(tx, target(auth, params), ctx.deps.clock(), query.forSessionId);
    }),
  );
  registerApiRoute(app, ctx, sessionRoutes.startSessionDraft, async ({ auth, params, body }) => startDraft(ctx.deps, target(auth, params), auth.user.id, body));
  registerApiRoute(app, ctx, sessionRoutes.sessionDraft, async ({ auth, params }) => readDraft(ctx.deps, target(auth, params), params.draftId));
  registerApiRoute(app, ctx, sessionRoutes.saveSessionDraft, async ({ auth, params, body }) => saveDraft(ctx.deps, target(auth, params), params.draftId, auth.user.id, body));
  registerApiRoute(app, ctx, sessionRoutes.discardSessionDraft, async ({ auth, params }) => {
    await discardDraft(ctx.deps, target(auth, params), params.draftId, auth.user.id);
    return { ok: true as const };
  });
  registerApiRoute(app, ctx, sessionRoutes.signSession, async ({ auth, params, body }) => signSession(ctx.deps, target(auth, params), params.draftId, auth.user.id, body));
  registerApiRoute(app, ctx, sessionRoutes.session, async ({ auth, params }) => readSession(ctx.deps, target(auth, params), params.sessionId));
  registerApiRoute(app, ctx, sessionRoutes.amendSession, async ({ auth, params, body }) => amendSession(ctx.deps, target(auth, params), params.sessionId, auth.user.id, body));
}
