/**
 * The one error type of the server (ADR 0007): a stable snake_case code from the contract, a
 * message for people that never quotes personal or health data, and optional details.
 * `http/errors.ts` maps each code to its HTTP status.
 */
import type { ErrorCode, FieldIssue } from "#contracts/api/errors.ts";

export type AppErrorDetails = { issues?: FieldIssue[] } & Record<string, unknown>;

export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: ErrorCode;
  readonly details: AppErrorDetails | null;

  constructor(code: ErrorCode, message: string, details: AppErrorDetails | null = null) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** A validation failure naming one field, as the request validation would. */
export function invalidField(path: string, message: string): AppError {
  return new AppError("validation_failed", `${path} ${message}`, { issues: [{ path, message }] });
}
