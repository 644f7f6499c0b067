/**
 * What booking and rescheduling check before a visit takes a slot, and the taking itself: the
 * injector is one, the slot is in their hours and ahead of now, the date falls in the treatment
 * window after the last signed session or a reason says why not (pathway-rules §7), and the slot
 * is free. The database has the last word on "free": the claim's primary key.
 */
import type { RecordContent } from "#contracts/records/kind-contents.ts";
import { bookingWindow, type BookingWindowCheck } from "#domain/scheduling/booking-window.ts";
import { slotStart } from "#domain/scheduling/slot-times.ts";
import { treatmentSchedule, type TreatmentSchedule } from "#domain/scheduling/treatment-schedule.ts";
import { plainDate, type PlainDate } from "#domain/shared/plain-date.ts";
import { DEFAULT_SETTINGS } from "#domain/shared/settings.ts";
import { AppError, invalidField } from "../../app-error.ts";
import { isUniqueViolation, type Executor } from "../../shared/executor.ts";
import { currentRecords } from "../../shared/records/repository.ts";
import { findRoles } from "../staff/repository.ts";
import type { ClinicCalendar } from "./clinic-calendar.ts";
import { slotIsInHours } from "./free-slots.ts";
import { findSlotClaim, insertSlotClaim } from "./slots-repository.ts";

export type AppointmentContent = RecordContent<"appointment">;

export interface PatientTarget {
  readonly clinicId: string;
  readonly patientId: string;
}

export interface SlotRequest {
  readonly injectorUserId: string;
  readonly date: PlainDate;
  readonly time: string;
  readonly windowReason?: string | null | undefined;
}

/** The patient's schedule after their last signed session on or before the clinic's today; null before the first. */
export async function patientSchedule(db: Executor, target: PatientTarget, today: PlainDate): Promise<TreatmentSchedule | null> {
  const sessions = await currentRecords(db, { ...target, kinds: ["injection-session"] });
  return treatmentSchedule(sessions.map((row) => ({ date: plainDate(row.effective_date) })), today, DEFAULT_SETTINGS);
}

function windowReasonMessage(check: BookingWindowCheck): string {
  const window = check.window;
  if (window === null) return "is not needed before the first session";
  return check.timing === "early"
    ? `is required: the date is before the earliest date of the treatment window (${window.earliest}, 77 days after the last session)`
    : `is required: the date is after the late date of the treatment window (${window.late}, 91 days after the last session)`;
}

const SLOT_TAKEN = () => new AppError("slot_taken", "This slot has just been booked. Choose another.", { issues: [{ path: "time", message: "is already booked for this injector" }] });

/**
 * The content of a visit in the requested slot, once every check passes; `movingVisitId` is the
 * visit being rescheduled (its own slot counts as free).
 */
export async function checkedVisit(tx: Executor, target: PatientTarget, calendar: ClinicCalendar, request: SlotRequest, now: Date, movingVisitId?: string): Promise<AppointmentContent> {
  if (!(await findRoles(tx, target.clinicId, request.injectorUserId)).includes("injector")) {
    throw invalidField("injectorUserId", "must be a member of staff with the injector role");
  }
  if (request.date < calendar.today) throw invalidField("date", "is in the past: book today or later");
  const startsAt = slotStart(request.date, request.time, calendar.timeZone);
  if (startsAt <= now.getTime()) throw invalidField("time", "has already begun: choose a later slot");
  if (!(await slotIsInHours(tx, target.clinicId, request.injectorUserId, request.date, request.time, calendar.slotMinutes))) {
    throw invalidField("time", `is not the start of a ${calendar.slotMinutes}-minute slot in this injector's working hours that day`);
  }
  const check = bookingWindow(request.date, await patientSchedule(tx, target, calendar.today));
  const reason = request.windowReason?.trim() ? request.windowReason.trim() : null;
  if (check.needsReason && reason === null) throw invalidField("windowReason", windowReasonMessage(check));
  const startsAtIso = new Date(startsAt).toISOString();
  const holder = await findSlotClaim(tx, target.clinicId, request.injectorUserId, startsAtIso);
  if (holder !== undefined && holder.appointmentId !== movingVisitId) throw SLOT_TAKEN();
  return {
    startsAt: startsAtIso,
    localDate: request.date,
    localTime: request.time,
    minutes: calendar.slotMinutes,
    injectorUserId: request.injectorUserId,
    // A reason is kept only where the window asks for one.
    windowReason: check.needsReason ? reason : null,
  };
}

/**
 * Claims the visit's slot. Two bookings racing for one slot both pass the check above; the
 * primary key lets one through and the other fails here with slot_taken (its transaction rolls
 * back, so its visit is never recorded).
 */
export async function claimSlot(tx: Executor, clinicId: string, visitId: string, content: AppointmentContent): Promise<void> {
  try {
    await insertSlotClaim(tx, clinicId, { injectorUserId: content.injectorUserId, startsAt: content.startsAt, appointmentId: visitId });
  } catch (error) {
    if (isUniqueViolation(error)) throw SLOT_TAKEN();
    throw error;
  }
}
