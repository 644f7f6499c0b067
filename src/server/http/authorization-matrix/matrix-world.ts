/**
 * One world per database for the authorization matrix and the route fuzz test: clinics A and B
 * (assessment-test-support's world) with each clinic's fixture, and a signed-in client for every
 * caller of the matrix. The clock stands still at NOW, so no session idles out while the calls run.
 */
import type { PlainDate } from "#domain/shared/plain-date.ts";
import type { TestDatabaseKind } from "../../db/testing.ts";
import type { ServiceDeps } from "../../shared/deps.ts";
import { seedDemo } from "../../features/setup/seed-demo.ts";
import { addStaff, makePatientWithAccount, testClock } from "../../shared/test-support.ts";
import { NOW, TODAY, httpWorld, signedIn, type HttpWorld } from "../assessment-test-support.ts";
import { TestClient } from "../test-app.ts";
import { beforeAll } from "vitest";
import { clinicFixture, slotClock, type ClinicFixture } from "./clinic-fixture.ts";
import type { Caller } from "./outcomes.ts";

/** A caller's client and who it is. */
export interface CallerClient {
  readonly client: TestClient;
  /** Null for the client without a session. */
  readonly userId: string | null;
  /** The patient the account signs in as, for the patients' own routes. */
  readonly patientId: string | null;
  readonly email: string;
  readonly password: string;
}

export type SessionCaller = Exclude<Caller, "other-clinic-record">;

export interface MatrixWorld {
  readonly env: HttpWorld;
  readonly deps: ServiceDeps;
  readonly today: PlainDate;
  readonly a: ClinicFixture;
  readonly b: ClinicFixture;
  readonly callers: { readonly [C in SessionCaller]: CallerClient };
  /** A number never handed out before in this world: unique emails, lot numbers. */
  next(): number;
  /** The next free 15-minute slot of every clinic's injector. */
  nextSlot(): { date: PlainDate; time: string };
}

/**
 * For a `describe`: the world on a fresh database of `kind`, built before its tests and closed
 * after them. Read the fields inside tests.
 */
export function matrixWorld(kind: TestDatabaseKind): MatrixWorld {
  const env = httpWorld(kind, testClock(NOW));
  const world = { env, today: TODAY } as { -readonly [K in keyof MatrixWorld]: MatrixWorld[K] };
  let counter = 0;
  world.next = () => (counter += 1);
  world.nextSlot = slotClock(TODAY);
  beforeAll(async () => {
    const { deps, a, b, ann, bea, aClinician } = env.world;
    world.deps = deps;
    const injector = await addStaff(deps, a.clinicId, "injector");
    const coordinator = await addStaff(deps, a.clinicId, "coordinator");
    const dan = await makePatientWithAccount(deps, a.clinicId, a.staff.userId, { name: "Dan Placeholder" });
    world.a = await clinicFixture(deps, { clinicId: a.clinicId, adminId: a.staff.userId, patientId: ann.patientId, injectorId: injector.userId });
    world.b = await clinicFixture(deps, { clinicId: b.clinicId, adminId: b.staff.userId, patientId: bea.patientId });
    const staff = async (who: { userId: string; email: string; password: string }): Promise<CallerClient> => ({ client: await signedIn(env.http, who), userId: who.userId, patientId: null, email: who.email, password: who.password });
    const patient = async (who: { userId: string; patientId: string; email: string; password: string }): Promise<CallerClient> => ({ ...(await staff(who)), patientId: who.patientId });
    // A small demo clinic: `POST /api/setup/demo` then finds it, as it does after its first call,
    // instead of seeding 36 patients' year inside the matrix (demo-clinic.int.test.ts seeds it).
    await seedDemo(deps, { patients: 2 });
    const spare = await addStaff(deps, b.clinicId, "coordinator");
    world.callers = {
      admin: await staff(a.staff),
      clinician: await staff({ ...aClinician }),
      injector: await staff(injector),
      coordinator: await staff(coordinator),
      "own-patient": await patient(ann),
      "other-patient": await patient(dan),
      "other-clinic-staff": await staff(b.staff),
      // Signs in, where a route does (login), as an account no other caller uses.
      "no-session": { client: new TestClient(env.http.app), userId: null, patientId: null, email: spare.email, password: spare.password },
    };
  });
  return world;
}
