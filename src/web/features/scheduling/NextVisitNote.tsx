/** The patient's next visit, shown in their diary app. */
export function NextVisitNote() {
  return null;
}
