/**
 * Matrix entries of scheduling and care: injectors' hours, slots, the agenda, visits, calendar
 * feeds, the patient's pathway, authorizations and treatment decisions. Each booking takes the
 * next free slot of the clinic's injector; visits to move or cancel are booked fresh, for a new
 * patient, since a patient has one visit ahead at a time.
 */
import { EVERY_DAY, freshAuthorization, freshPatient, freshVisit } from "./clinic-fixture.ts";
import { clinicParams, patientParams, type MatrixEntries } from "./entry.ts";
import { FORBIDDEN } from "./outcomes.ts";

const authorization = { status: "approved", date: "2026-07-15", payer: "Payer One", reference: "PA-1", validUntil: "2027-01-15", note: null };

export const schedulingEntries: MatrixEntries = {
  injectorHours: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  saveInjectorHours: { call: ({ clinic }) => ({ params: clinicParams(clinic, { userId: clinic.injectorId }), body: EVERY_DAY }) },
  freeSlots: { call: ({ clinic }) => ({ params: clinicParams(clinic), query: { injectorUserId: clinic.injectorId, from: "2026-07-21", to: "2026-07-22" } }) },
  agenda: { call: ({ clinic }) => ({ params: clinicParams(clinic), query: { date: "2026-07-21" } }) },
  patientVisits: { call: ({ clinic }) => ({ params: patientParams(clinic) }) },
  bookVisit: {
    call: async ({ world, clinic }) => ({
      params: patientParams(clinic, { patientId: await freshPatient(world.deps, clinic.clinicId, clinic.adminId) }),
      body: { injectorUserId: clinic.injectorId, ...world.nextSlot() },
    }),
  },
  rescheduleVisit: {
    call: async ({ world, clinic }) => {
      const { patientId, visitId } = await freshVisit(world.deps, clinic, world.nextSlot());
      return { params: patientParams(clinic, { patientId, visitId }), body: { injectorUserId: clinic.injectorId, ...world.nextSlot(), reason: "The patient asked for a later time", fromRevision: 1 } };
    },
  },
  cancelVisit: {
    call: async ({ world, clinic }) => {
      const { patientId, visitId } = await freshVisit(world.deps, clinic, world.nextSlot());
      return { params: patientParams(clinic, { patientId, visitId }), body: { reason: "The patient is away", fromRevision: 1 } };
    },
  },
  calendarFeed: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  createCalendarFeed: {
    call: ({ clinic }) => ({ params: clinicParams(clinic) }),
    overrides: {
      why: "every member may ask whether they have a feed (clinic.read), but only an injector has visits to feed: the use case refuses the others",
      outcomes: { admin: FORBIDDEN, clinician: FORBIDDEN, coordinator: FORBIDDEN },
    },
  },
  revokeCalendarFeed: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  patientCare: { call: ({ clinic }) => ({ params: patientParams(clinic) }) },
  addAuthorization: { call: ({ clinic }) => ({ params: patientParams(clinic), body: authorization }) },
  updateAuthorization: {
    // Each call updates its own authorization from revision 1: the calls are built before any is sent.
    call: async ({ world, clinic }) => ({
      params: patientParams(clinic, { authorizationId: await freshAuthorization(world.deps, clinic) }),
      body: { ...authorization, reason: "The payer answered", fromRevision: 1 },
    }),
  },
  addTreatmentDecision: { call: ({ clinic }) => ({ params: patientParams(clinic), body: { decision: "continue", date: "2026-07-20", reason: "Fewer headache days since the last session" } }) },
};
