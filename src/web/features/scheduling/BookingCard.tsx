/** A patient's visits on their chart: the next one, booking inside the window, rescheduling and cancelling. */
export function BookingCard(_props: { readonly clinicId: string; readonly patientId: string; readonly canBook: boolean }) {
  return null;
}
