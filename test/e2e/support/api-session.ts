/**
 * Seeding a journey through the API as a browser would: a signed-in session (JSON in and out, the
 * session cookie kept), a clinic with an administrator and a clinician, and diaries.
 */
const SESSION_COOKIE = "cephalog_session";

/** A signed-in API session for seeding: JSON in and out, the session cookie kept. */
export class ApiSession {
  cookie = "";
  readonly base: string;
  constructor(base: string) {
    this.base = base;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(this.base + path, {
      method,
      headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }), ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    for (const header of response.headers.getSetCookie()) {
      if (header.startsWith(`${SESSION_COOKIE}=`)) this.cookie = header.split(";")[0] ?? "";
    }
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  get sessionToken(): string {
    return this.cookie.slice(SESSION_COOKIE.length + 1);
  }
}

export { SESSION_COOKIE };

interface Person {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/**
 * Creates the clinic (first run) with its administrator, who adds the clinician; both signed in.
 * The clinic does not ask its staff for two-factor sign-in unless `twoFactorRequired` says so.
 */
export async function seedClinic(base: string, clinic: { name: string; timeZone: string; admin: Person; clinician: Person; twoFactorRequired?: boolean }) {
  const admin = new ApiSession(base);
  const me = await admin.call<{ memberships: { clinicId: string }[] }>("POST", "/api/setup/clinic", {
    clinicName: clinic.name,
    timeZone: clinic.timeZone,
    admin: clinic.admin,
    twoFactorRequiredForStaff: clinic.twoFactorRequired ?? false,
  });
  const clinicId = me.memberships[0]?.clinicId ?? "";
  const invitation = await admin.call<{ url: string }>("POST", `/api/clinics/${clinicId}/staff`, { name: clinic.clinician.name, email: clinic.clinician.email, role: "clinician" });
  const clinician = new ApiSession(base);
  await clinician.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, { password: clinic.clinician.password });
  return { clinicId, admin, clinician };
}

/** A date `days` before `date` (plain calendar arithmetic in UTC). */
export function daysBefore(date: string, days: number): string {
  const utc = new Date(`${date}T00:00:00Z`);
  utc.setUTCDate(utc.getUTCDate() - days);
  return utc.toISOString().slice(0, 10);
}

/**
 * In every 28-day window: 18 migraine days of 5 hours, moderate, one-sided, throbbing, with
 * nausea (12 of them with a triptan that helped), and 10 headache-free days. So W1-W3 are
 * complete, each with 18 headache and migraine days (chronic migraine met) and 12 triptan days
 * (triptan overuse suspected, ICHD-3 8.2.1).
 */
export function chronicDay(back: number) {
  const inWindow = back % 28;
  if (inWindow >= 18) return { headache: false };
  return {
    headache: true,
    hours: 5,
    severity: 2,
    features: { unilateral: true, pulsating: true, nausea: true },
    medications: inWindow < 12 ? [{ class: "triptan", name: "sumatriptan", relief: true }] : [],
  };
}
