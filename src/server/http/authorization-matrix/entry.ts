/**
 * One entry of the authorization matrix per route of `apiRoutes`: how to make a valid call of it,
 * and where the code means something else than the route's access level.
 */
import type { ClinicFixture } from "./clinic-fixture.ts";
import type { CallerClient, MatrixWorld } from "./matrix-world.ts";
import type { Overrides } from "./outcomes.ts";

/** A request's parts: path parameters (by name), query and JSON body. */
export interface CallInput {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface CallContext {
  readonly world: MatrixWorld;
  /** The clinic the call is made for: A, or B for the `other-clinic-record` caller (sent down A's path). */
  readonly clinic: ClinicFixture;
  /** Who sends it: their credentials, for the routes that take them. */
  readonly caller: CallerClient;
}

export interface MatrixEntry {
  /**
   * A valid call against `ctx.clinic`: what an allowed caller sends and gets a 2xx for. Anything
   * the call uses up (a draft to sign, a visit to cancel) is made here, fresh for each call.
   */
  readonly call: (ctx: CallContext) => Promise<CallInput> | CallInput;
  /** Callers whose outcome is not what the access level says, and why. */
  readonly overrides?: Overrides;
  /**
   * Why the `other-clinic-record` caller does not apply to a route that names more than the clinic
   * in its path (a catalogue code shared by every clinic names nothing of another's).
   */
  readonly noOtherClinicRecord?: string;
  /** The patient a 2xx answer is about, for the patients' own routes: a patient sees only their own. */
  readonly answerPatient?: (answer: unknown) => string | null;
  /** Puts back what a successful call changed that later calls rely on (a password). */
  readonly after?: (ctx: CallContext) => Promise<void>;
}

export type MatrixEntries = Readonly<Record<string, MatrixEntry>>;

/** The clinic and patient parameters of a patient route. */
export const patientParams = (clinic: ClinicFixture, extra: Record<string, string> = {}) => ({ clinicId: clinic.clinicId, patientId: clinic.patientId, ...extra });
export const clinicParams = (clinic: ClinicFixture, extra: Record<string, string> = {}) => ({ clinicId: clinic.clinicId, ...extra });
