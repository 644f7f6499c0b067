/**
 * The Fastify application: zod validation and serialization from the contracts, the OpenAPI
 * document, cookies, security headers, request logging without personal data, one error shape,
 * every API route, and the web app with its SPA fallback.
 */
import fastifyCookie from "@fastify/cookie";
import Fastify, { LogController, type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Kysely } from "kysely";
import type { DestinationStream } from "pino";
import { apiRoutes } from "#contracts/api/routes.ts";
import { composeDeps } from "../compose-deps.ts";
import type { Database } from "../db/schema.ts";
import { registerAssessmentRoutes } from "../features/assessment/routes.ts";
import { registerAuditRoutes } from "../features/audit/routes.ts";
import { registerNotificationRoutes } from "../features/notifications/routes.ts";
import { registerSmsOutboxRoutes } from "../features/notifications/sms-routes.ts";
import { registerAuthRoutes } from "../features/auth/routes.ts";
import { registerCareRoutes } from "../features/care/routes.ts";
import { registerCsvExchangeRoutes } from "../features/csv-exchange/routes.ts";
import { registerPatientRecordRoutes } from "../features/patient-record/routes.ts";
import { registerSchedulingRoutes } from "../features/scheduling/routes.ts";
import { registerSessionRoutes } from "../features/sessions/routes.ts";
import { registerStockRoutes } from "../features/stock/routes.ts";
import { registerWorklistRoutes } from "../features/worklist/routes.ts";
import { registerClinicSettingsRoutes } from "../features/clinic-settings/routes.ts";
import { registerClinicalHistoryRoutes } from "../features/clinical-history/routes.ts";
import { registerDiaryRoutes } from "../features/diary/routes.ts";
import { registerInvitationRoutes } from "../features/invitations/routes.ts";
import { registerPatientRoutes } from "../features/patients/routes.ts";
import { registerProgressRoutes } from "../features/progress/routes.ts";
import { registerQuestionnaireRoutes } from "../features/questionnaires/routes.ts";
import { registerReminderRoutes } from "../features/reminders/routes.ts";
import { registerSetupRoutes } from "../features/setup/routes.ts";
import { registerSideEffectRoutes } from "../features/side-effects/routes.ts";
import { registerSelfKeptDiaryRoutes } from "../features/self-kept-diary/routes.ts";
import { isFhirPath, registerFhirRoutes, sendOperationOutcome } from "../features/fhir/routes.ts";
import { registerDocumentRoutes } from "../features/documents/routes.ts";
import { registerStaffRoutes } from "../features/staff/routes.ts";
import type { Log, ServiceDeps } from "../shared/deps.ts";
import type { HttpContext } from "./api-route.ts";
import { createReadRowWriter, type ReadRowWriterOptions } from "../features/audit/read-row-writer.ts";
import { AppError, errorBody, HTTP_STATUS, INTERNAL_ERROR, sendFrameworkError, toAppError } from "./errors.ts";
import { registerJsonBodyParser } from "./json-body.ts";
import { describeInternalError, loggerOptions, registerRequestLogging } from "./logging.ts";
import { registerOpenApi, registerOpenApiRoute } from "./openapi.ts";
import { registerOriginCheck } from "./origin-check.ts";
import { registerSecurityHeaders } from "./security-headers.ts";
import { DEFAULT_WEB_ROOT, isApiPath, registerWebApp, sendWebFallback } from "./web-app.ts";
import type { TrustProxy } from "../config.ts";

export interface AppOptions {
  readonly db: Kysely<Database>;
  readonly clock?: () => Date;
  /** PUBLIC_URL: invitation links, and Secure cookies when https. */
  readonly publicUrl?: string | null;
  readonly trustProxy?: TrustProxy;
  readonly logLevel?: string;
  /** Where log lines go (default stdout); tests capture them here. */
  readonly logStream?: DestinationStream;
  /** The built web app (default dist/web); null serves none. */
  readonly webRoot?: string | null;
  /** False only in bench/audit-overhead.ts: reads then write no access row (ADR 0016). */
  readonly recordReads?: boolean;
  /** How reads' access rows are batched (tests shorten or lengthen the delay). */
  readonly readRows?: ReadRowWriterOptions;
  /** SMS_GATEWAY_TOKEN: the SMS gateway's token for /api/sms-outbox; null or absent, no text messages (ADR 0022). */
  readonly smsGatewayToken?: string | null;
  /** Where FHIR bulk exports' files are (`<dataDir>/exports`, ADR 0025); default ./data/exports. */
  readonly exportsDir?: string;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Writes the reads' queued access rows now (read-row-writer.ts): tests, before they look. */
    flushAuditReads(): Promise<void>;
  }
}

/** A hop count becomes "trust the nearest n proxies", which Fastify's types spell as a function. */
function trustProxySetting(value: TrustProxy): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof value === "number" ? (_address, hop) => hop < value : value;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const publicUrl = options.publicUrl ?? null;
  const https = publicUrl?.startsWith("https://") ?? false;
  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? "info", options.logStream),
    // Our own one line per request instead (logging.ts): no URLs, no query strings.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: trustProxySetting(options.trustProxy ?? false),
    requestIdHeader: false,
    // A broken %-encoding or an overlong path part, refused before routing, in the one error shape.
    frameworkErrors: (error, request, reply) => (isFhirPath(request.url) ? void sendOperationOutcome(error, request, reply) : sendFrameworkError(error, request, reply)),
  });
  const deps: ServiceDeps = composeDeps(options.db, options.clock ?? (() => new Date()), app.log as Log);
  const readRows = options.recordReads === false ? null : createReadRowWriter(options.db, app.log, options.readRows);
  const ctx: HttpContext = { deps, publicUrl, secureCookies: https, readRows, smsGatewayToken: options.smsGatewayToken ?? null };
  // Every read's row is written before the server lets go of the database.
  app.addHook("onClose", async () => readRows?.close());
  app.decorate("flushAuditReads", async () => readRows?.flush());

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerJsonBodyParser(app);
  registerRequestLogging(app);
  registerSecurityHeaders(app, { https });
  registerOriginCheck(app, { publicUrl });
  await app.register(fastifyCookie);
  await registerOpenApi(app);

  app.setErrorHandler(async (error, request, reply) => {
    const appError = toAppError(error) ?? INTERNAL_ERROR;
    if (appError === INTERNAL_ERROR) request.log.error({ failure: describeInternalError(error) }, "internal error");
    request.errorCode = appError.code;
    return reply.code(HTTP_STATUS[appError.code]).type("application/json; charset=utf-8").send(errorBody(appError));
  });

  app.setNotFoundHandler(async (request, reply) => {
    if ((request.method === "GET" || request.method === "HEAD") && !isApiPath(request.url)) return sendWebFallback(request, reply, webRoot);
    const notFound = new AppError("not_found", "There is no such address in the API.");
    request.errorCode = notFound.code;
    return reply.code(404).type("application/json; charset=utf-8").send(errorBody(notFound));
  });

  registerOpenApiRoute(app);
  // Each feature registers the endpoints of its contract file (src/contracts/api/<feature>.ts).
  registerSetupRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerStaffRoutes(app, ctx);
  registerPatientRoutes(app, ctx);
  registerInvitationRoutes(app, ctx);
  registerDiaryRoutes(app, ctx);
  registerClinicSettingsRoutes(app, ctx);
  registerAssessmentRoutes(app, ctx);
  registerClinicalHistoryRoutes(app, ctx);
  registerSessionRoutes(app, ctx);
  registerStockRoutes(app, ctx);
  registerWorklistRoutes(app, ctx);
  registerSchedulingRoutes(app, ctx);
  registerPatientRecordRoutes(app, ctx);
  registerCareRoutes(app, ctx);
  registerProgressRoutes(app, ctx);
  registerQuestionnaireRoutes(app, ctx);
  registerReminderRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerNotificationRoutes(app, ctx);
  registerSmsOutboxRoutes(app, ctx);
  registerSideEffectRoutes(app, ctx);
  registerSelfKeptDiaryRoutes(app, ctx);
  await registerFhirRoutes(app, ctx, { exportsDir: options.exportsDir ?? "./data/exports" });
  registerCsvExchangeRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  await registerWebApp(app, webRoot);

  await app.ready();
  const missing = Object.entries(apiRoutes).filter(([, route]) => !app.hasRoute({ method: route.method, url: route.path }));
  if (missing.length > 0) throw new Error(`API routes without a handler: ${missing.map(([name]) => name).join(", ")}`);
  return app;
}
