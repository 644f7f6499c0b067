/**
 * The API routes the patient's phone calls, bundled with the app's first chunk. Every other route
 * (the clinic's screens: sessions, records, stock, audit…) comes from the full table in
 * src/contracts/api/routes.ts, which api.ts imports on first use, so a patient never downloads
 * the staff routes' schemas. The entries are the same objects as the full table's (api.test.ts).
 */
import { authRoutes } from "#contracts/api/auth.ts";
import { diaryRoutes } from "#contracts/api/diary.ts";
import { notificationRoutes } from "#contracts/api/notifications.ts";
import { progressRoutes } from "#contracts/api/progress.ts";
import { questionnaireRoutes } from "#contracts/api/questionnaires.ts";
import { reminderRoutes } from "#contracts/api/reminders.ts";
import type { RouteContract } from "#contracts/api/route-contract.ts";
import type { RouteName } from "#contracts/api/routes.ts";
import { schedulingRoutes } from "#contracts/api/scheduling.ts";
import { selfKeptDiaryRoutes } from "#contracts/api/self-kept-diary.ts";
import { setupRoutes } from "#contracts/api/setup.ts";
import { sideEffectRoutes } from "#contracts/api/side-effects.ts";

export const patientAppRoutes: Readonly<Partial<Record<RouteName, RouteContract>>> = {
  ...setupRoutes,
  ...authRoutes,
  ...diaryRoutes,
  ...notificationRoutes,
  ...questionnaireRoutes,
  ...schedulingRoutes,
  ...sideEffectRoutes,
  ...reminderRoutes,
  ...progressRoutes,
  ...selfKeptDiaryRoutes,
};
