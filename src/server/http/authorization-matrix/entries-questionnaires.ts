/**
 * Matrix entries of the questionnaires: the patient's own (due and history, submitting one from
 * the phone), a patient's for the clinic, a paper form entered by staff, withdrawing one, and the clinic's
 * questionnaire settings.
 */
import { v7 as uuidv7 } from "uuid";
import { plainDate } from "#domain/shared/plain-date.ts";
import { enterPaperQuestionnaire } from "../../features/questionnaires/staff-questionnaires.ts";
import { clinicParams, patientParams, type MatrixEntries } from "./entry.ts";

const midas = { instrument: "MIDAS", date: "2026-07-19", responses: [3, 2, 4, 1, 2], a: 30, b: 6 };

export const questionnaireEntries: MatrixEntries = {
  myQuestionnaires: { call: () => ({}), answerPatient: (answer) => (answer as { patientId: string }).patientId },
  submitMyQuestionnaire: {
    call: ({ clinic }) => ({ body: { id: uuidv7(), patientId: clinic.patientId, ...midas } }),
    overrides: { why: "the questionnaire names Ann: another patient's session is told it belongs to another account, and nothing is stored", outcomes: { "other-patient": { status: 409, code: "account_mismatch" } } },
  },
  patientQuestionnaires: { call: ({ clinic }) => ({ params: patientParams(clinic) }) },
  enterPaperQuestionnaire: { call: ({ clinic }) => ({ params: patientParams(clinic), body: { id: uuidv7(), instrument: "HIT-6", date: "2026-07-19", score: 62 } }) },
  withdrawQuestionnaire: {
    // Each call withdraws its own paper HIT-6 from revision 1: the calls are built before any is sent.
    call: async ({ world, clinic }) => {
      const id = uuidv7();
      await enterPaperQuestionnaire(world.deps, { clinicId: clinic.clinicId, patientId: clinic.patientId }, clinic.adminId, { id, instrument: "HIT-6", date: plainDate("2026-07-19"), responses: [], score: 62, a: null, b: null });
      return { params: patientParams(clinic, { questionnaireId: id }), body: { reason: "Entered under the wrong patient", fromRevision: 1 } };
    },
  },
  questionnaireSettings: { call: ({ clinic }) => ({ params: clinicParams(clinic) }) },
  updateQuestionnaireSettings: { call: ({ clinic }) => ({ params: clinicParams(clinic), body: { questionnaireDueDays: 7, hit6: null } }) },
};
