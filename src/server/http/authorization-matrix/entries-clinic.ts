/**
 * Matrix entries of a clinic's own routes: staff and their roles, patients and their invitations,
 * the settings, stock and the worklist.
 */
import { DEFAULT_PRODUCTS } from "#domain/stock/products.ts";
import { freshPatient, LOT } from "./clinic-fixture.ts";
import { clinicParams, patientParams, type MatrixEntries } from "./entry.ts";

const product = DEFAULT_PRODUCTS.find((candidate) => candidate.vialUnits === 100) ?? DEFAULT_PRODUCTS[0];

export const clinicEntries: MatrixEntries = {
  setStaffRoles: { call: ({ clinic }) => ({ params: clinicParams(clinic, { userId: clinic.spareStaffId }), body: { roles: ["clinician"] } }) },
  listStaff: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  listPatients: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  createPatient: {
    call: ({ world, clinic }) => ({ params: clinicParams(clinic), body: { name: "New Placeholder", birthDate: "1990-10-10", timeZone: "Europe/London", sex: "female", recordNumber: `MRN-${world.next()}` } }),
  },
  getPatient: { call: ({ clinic }) => ({ params: patientParams(clinic) }) },
  inviteStaff: { call: ({ world, clinic }) => ({ params: clinicParams(clinic), body: { name: "New Colleague", email: `colleague.${world.next()}@example.test`, roles: ["coordinator"] } }) },
  // The clinic's patient has an account already: each call invites a new patient of the clinic.
  invitePatient: { call: async ({ world, clinic }) => ({ params: patientParams(clinic, { patientId: await freshPatient(world.deps, clinic.clinicId, clinic.adminId) }) }) },
  getClinicSettings: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  updateClinicSettings: { call: ({ clinic }) => ({ params: clinicParams(clinic), body: { policy: "us-label" } }) },
  diarySettings: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  updateDiarySettings: { call: ({ clinic }) => ({ params: clinicParams(clinic), body: { diaryLateEntryDays: 7 } }) },
  stock: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  receiveLot: { call: ({ world, clinic }) => ({ params: clinicParams(clinic), body: { productId: LOT.productId, lotNumber: `R${world.next()}`, expiry: "2027-01-31", vialsReceived: 5 } }) },
  correctLot: { call: ({ clinic }) => ({ params: clinicParams(clinic, { lotId: clinic.lotId }), body: { vialsReceived: 200 } }) },
  updateProduct: {
    call: ({ clinic }) => ({ params: clinicParams(clinic, { productId: product?.id ?? "" }), body: { name: product?.name ?? "", ndc: product?.ndc ?? "", active: true } }),
    noOtherClinicRecord: "a product id is a catalogue code every clinic's catalogue holds: the path's clinic decides whose entry changes",
  },
  worklist: { call: ({ clinic }) => ({ params: clinicParams(clinic), query: { view: "all", sort: "name", pageSize: "20" } }) },
};
