/**
 * The demo clinic's sign-ins. The password is public on purpose: the demo holds only synthetic
 * data, and the sign-ins are shown only to a visitor on the server's own machine (loopback).
 */
export const DEMO_PASSWORD = "cephalog-demo";

export const DEMO_LOGINS = [
  { role: "admin", email: "admin@demo.cephalog.test", password: DEMO_PASSWORD },
  { role: "clinician", email: "clinician@demo.cephalog.test", password: DEMO_PASSWORD },
  { role: "injector", email: "injector@demo.cephalog.test", password: DEMO_PASSWORD },
  { role: "coordinator", email: "coordinator@demo.cephalog.test", password: DEMO_PASSWORD },
  { role: "patient", email: "patient@demo.cephalog.test", password: DEMO_PASSWORD },
] as const;
