/**
 * The shape of one API endpoint's contract: method, path, access, inputs and response. Each
 * resource's contract file lists its endpoints in this shape, and routes.ts gathers them into
 * `apiRoutes`, which the server registers and the web client calls.
 */
import type { z } from "zod";
import type { Permission } from "../permissions.ts";

export interface RouteContract {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  readonly path: string;
  readonly summary: string;
  /**
   * Who may call it: anyone, any signed-in user, a patient account, staff of any clinic, or staff
   * of the path's clinic holding a role with this permission (src/contracts/permissions.ts).
   */
  readonly access: "public" | "signed-in" | "patient" | "staff" | Permission;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  /** The largest request body in bytes, when more than the server's default (1 MiB). */
  readonly bodyLimit?: number;
}

/** Room for a patient record or an import with two years of diary, and then some. */
export const RECORD_BODY_LIMIT = 2 * 1024 * 1024;
