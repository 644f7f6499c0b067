/**
 * Whose account page this is, for its words: a patient's reads in their language (issue 9 §7);
 * staff's stays English (ADR 0020: staff screens stay English for now). AccountPage provides it;
 * its cards (two-factor sign-in, the password) read their words through `useAccountWords`.
 */
import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";
import { supportedLanguage, type Language } from "#web/i18n/languages.ts";

export const AccountReader = createContext<"patient" | "staff">("staff");

/** The language the account page is in: the patient's, or English for staff. */
export function useAccountLanguage(): Language {
  const reader = useContext(AccountReader);
  const { i18n } = useTranslation("account");
  return reader === "patient" ? (supportedLanguage(i18n.resolvedLanguage ?? i18n.language) ?? "en") : "en";
}

/** `t` for the "account" namespace: the patient's language, or English for staff. */
export function useAccountWords() {
  const reader = useContext(AccountReader);
  return useTranslation("account", reader === "patient" ? {} : { lng: "en" }).t;
}
