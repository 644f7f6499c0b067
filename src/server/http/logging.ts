/**
 * Request logging that cannot leak health data: one line per request with the method, the
 * route pattern (`/api/clinics/:clinicId/patients/:patientId`, never the URL with its ids,
 * tokens or query string), the status, the error code if any, and the time taken. Bodies are
 * never logged; cookie and authorization headers are redacted should anything log headers.
 */
import type { FastifyInstance, FastifyLoggerOptions } from "fastify";
import type { DestinationStream, LoggerOptions } from "pino";

declare module "fastify" {
  interface FastifyRequest {
    /** The API error code answered, for the request log line. */
    errorCode: string | null;
  }
}

const NO_ROUTE = "(no route)";

function routeOf(request: { routeOptions?: { url?: string | undefined } }): string {
  return request.routeOptions?.url ?? NO_ROUTE;
}

export function loggerOptions(level: string, stream?: DestinationStream): FastifyLoggerOptions & LoggerOptions {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ["req.headers.cookie", "req.headers.authorization", "headers.cookie", "headers.authorization", 'res.headers["set-cookie"]'],
      censor: "[redacted]",
    },
    // Should anything log a request, reply or error object, only these fields are written.
    serializers: {
      req: (request: object) => ({ method: (request as { method?: string }).method, route: routeOf(request) }),
      res: (reply: object) => ({ statusCode: (reply as { statusCode?: number }).statusCode }),
      err: (error: unknown) => ({ message: "[omitted]", stack: "", ...describeInternalError(error), type: error instanceof Error ? error.name : typeof error }),
    },
  };
}

/** Logs each finished request as method, route pattern, status and milliseconds. */
export function registerRequestLogging(app: FastifyInstance): void {
  app.decorateRequest("errorCode", null);
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: routeOf(request),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        ...(request.errorCode ? { code: request.errorCode } : {}),
      },
      "request",
    );
  });
}

/** An internal error without its message (which may quote data): its class, code and stack frames. */
export function describeInternalError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at "));
  return { type: error.name, ...(typeof code === "string" ? { code } : {}), frames: frames.slice(0, 12).map((line) => line.trim()) };
}
