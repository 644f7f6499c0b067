/**
 * The load test's mixed workload, one autocannon run per kind of request, all at once against
 * one server for the same duration: patients saving diary days (each connection signed in as its
 * own patient, each save a new revision), a clinician reading charts (the patient page with its
 * 28-day counts), a coordinator paging the worklist's views. Loopback only; each run stops by
 * itself after `seconds`.
 */
import autocannon, { type Client, type Request, type Result } from "autocannon";
import { v7 as uuidv7 } from "uuid";

export interface KindRun {
  readonly kind: string;
  readonly connections: number;
  readonly result: Result;
}

export interface Workload {
  readonly url: string;
  readonly seconds: number;
  readonly clinicId: string;
  readonly patientIds: readonly string[];
  /** One per diary connection: the patient's id and their session cookie. */
  readonly patients: readonly { patientId: string; cookie: string }[];
  readonly clinicianCookie: string;
  readonly coordinatorCookie: string;
  readonly chartConnections: number;
  readonly worklistConnections: number;
}

const WORKLIST_VIEWS = ["all", "due-this-week", "overdue", "evaluation-due", "due-soon"];

function run(kind: string, options: autocannon.Options): Promise<KindRun> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve({ kind, connections: options.connections ?? 1, result })));
  });
}

/** A diary day as the phone sends it: a new id each time, a day in the last five. */
function diaryBody(patientId: string, n: number): string {
  // A day within the late-entry window (7 days by default): the patient's app may fill in only those.
  const date = new Date(Date.now() - (1 + (n % 5)) * 86_400_000).toISOString().slice(0, 10);
  const answers = n % 3 === 0 ? { headache: false } : { headache: true, hours: (n % 12) + 1, severity: (n % 3) + 1, features: { nausea: n % 2 === 0 }, medications: [{ class: "triptan", relief: true }] };
  return JSON.stringify({ patientId, id: uuidv7(), date, recordedAt: new Date().toISOString(), ...answers });
}

export async function runWorkload(w: Workload): Promise<KindRun[]> {
  const common = { url: w.url, duration: w.seconds, timeout: 10 };
  let diaryClient = 0;
  let saves = 0;
  const diary = run("diary saves", {
    ...common,
    connections: w.patients.length,
    setupClient(client: Client) {
      const patient = w.patients[diaryClient++ % w.patients.length] as { patientId: string; cookie: string };
      client.setRequests([
        {
          method: "POST",
          path: "/api/me/diary",
          headers: { cookie: patient.cookie, "content-type": "application/json" },
          setupRequest: (request: Request) => ({ ...request, body: diaryBody(patient.patientId, (saves += 1)) }),
        },
      ]);
    },
  });
  let charts = 0;
  const chart = run("chart reads", {
    ...common,
    connections: w.chartConnections,
    requests: [
      {
        method: "GET",
        headers: { cookie: w.clinicianCookie },
        setupRequest: (request: Request) => ({ ...request, path: `/api/clinics/${w.clinicId}/patients/${w.patientIds[(charts += 1) % w.patientIds.length] ?? ""}` }),
      },
    ],
  });
  let pages = 0;
  const worklist = run("worklist pages", {
    ...common,
    connections: w.worklistConnections,
    requests: [
      {
        method: "GET",
        headers: { cookie: w.coordinatorCookie },
        setupRequest: (request: Request) => {
          pages += 1;
          return { ...request, path: `/api/clinics/${w.clinicId}/worklist?view=${WORKLIST_VIEWS[pages % WORKLIST_VIEWS.length] ?? "all"}&page=${1 + (pages % 2)}&pageSize=25` };
        },
      },
    ],
  });
  return Promise.all([diary, chart, worklist]);
}

/** Requests that failed: connection errors and timeouts, and answers other than 2xx. */
export function failures(result: Result): number {
  return result.errors + result.non2xx;
}
