/**
 * Whose account page this is, for its words: a patient's reads in their language (issue 9 §7);
 * staff's stays English (ADR 0020: staff screens stay English for now). AccountPage provides it;
 * its cards (two-factor sign-in, the password) read their words through `useAccountWords`.
 */
import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";

export const AccountReader = createContext<"patient" | "staff">("staff");

/** `t` for the "account" namespace: the patient's language, or English for staff. */
export function useAccountWords() {
  const reader = useContext(AccountReader);
  return useTranslation("account", reader === "patient" ? {} : { lng: "en" }).t;
}
