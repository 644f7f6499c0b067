/**
 * The patient app in Spanish (issue 9 §7), in Chromium at 390 px against the real server: a phone
 * whose browser speaks Spanish ("es-ES") opens the patient's screens in Spanish (the navigation,
 * the check-in, the report form, the emergency screen, an answer, the list of reports, My progress,
 * the questionnaires, the account) with <html lang="es">; the picker on the account switches back
 * to English and the choice is remembered across a reload. Every screen is shot in both patient
 * looks and both languages into /tmp/shots/i18n/, with axe, nothing wider than the phone and no
 * words spilling out of a button.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preemptFixedInjections } from "#domain/injections/preempt-protocol.ts";
import { ApiSession, SESSION_COOKIE, chronicDay, daysBefore, seedClinic } from "./support/api-session.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/Madrid";
const admin = { name: "Ada Admin", email: "ada@idiomas.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@idiomas.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@idiomas.example", password: "patient-password-1" };
const SHOTS = process.env.I18N_SHOTS_DIR ?? "/tmp/shots/i18n";

const squash = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

/** Buttons and button-like links whose words spill out of them (scroll wider or taller than the box). A string run in the page. */
async function overflowingButtons(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const out = [];
    for (const el of document.querySelectorAll("button, a.button, .patient-nav__link, .emergency__call, .outcome-call")) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1 || rect.right > document.documentElement.clientWidth + 1) out.push((el.textContent || "").trim() + " " + el.scrollWidth + ">" + el.clientWidth);
    }
    return out;
  })()`);
}

/** Shoots the whole screen (the window as tall as the page), in both looks, with axe and the width checked in each. */
async function inBothLooks(page: Page, name: string, language: "es" | "en"): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const look of ["low-light", "light"] as const) {
    await page.evaluate(look === "light" ? `document.documentElement.setAttribute("data-patient-look", "light")` : `document.documentElement.removeAttribute("data-patient-look")`);
    const height = await page.evaluate<number>("document.documentElement.scrollHeight");
    await page.setViewportSize({ width: PHONE.width, height: Math.max(PHONE.height, height) });
    await page.screenshot({ path: join(SHOTS, `${name}-${language}-${look}-390.png`), fullPage: true });
    await page.setViewportSize(PHONE);
    await expectAccessible(page);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth"), `${name} (${look}) fits the phone`).toBeLessThanOrEqual(PHONE.width);
    expect(await overflowingButtons(page), `${name} (${language}, ${look}): words inside their buttons`).toEqual([]);
  }
  await page.evaluate(`document.documentElement.removeAttribute("data-patient-look")`);
}

describe.skipIf(SKIP_E2E)("the patient app in Spanish, and back to English with the picker", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let phone: Page;

  const nav = () => phone.getByTestId("patient-nav");

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-i18n-");
    const seeded = await seedClinic(server.url, { name: "Clínica de Prueba", timeZone: TIME_ZONE, admin, clinician });
    const { clinicId } = seeded;
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${clinicId}/patients`, { name: "Paz Paciente", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    const { today } = await seeded.clinician.call<{ today: string }>("GET", `/api/clinics/${clinicId}/patients/${created.id}`);
    // A session 7 days ago (the day-7 check-in is due today) after ten weeks of a chronic migraine diary.
    const diary = Array.from({ length: 70 }, (_, index) => ({ date: daysBefore(today, index + 1), ...chronicDay(index + 1) }));
    await seeded.clinician.call("POST", `/api/clinics/${clinicId}/patients/${created.id}/record`, { patient: { id: "imported" }, diary, treatments: [{ date: daysBefore(today, 7), injections: preemptFixedInjections() }] });
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${clinicId}/patients/${created.id}/invitations`);
    const pat = new ApiSession(server.url);
    await pat.call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "es-ES", isMobile: true, hasTouch: true });
    await context.addCookies([{ name: SESSION_COOKIE, value: pat.sessionToken, url: server.url }]);
    phone = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens Today in Spanish for a Spanish-speaking browser: the navigation, the check-in, <html lang>", async () => {
    await phone.goto(`${server.url}/today`);
    const checkIn = phone.getByTestId("check-in");
    await checkIn.waitFor();
    expect(await phone.evaluate<string>("document.documentElement.lang")).toBe("es");
    expect(squash(await checkIn.getByRole("heading").textContent())).toBe("¿Ha tenido algún problema desde las inyecciones?");
    expect(squash(await checkIn.textContent())).toMatch(/Sus inyecciones del \p{L}+, \d{1,2} de \p{L}+, seguimiento del día 7\./u);
    const links = phone.getByRole("navigation", { name: "Su diario y su atención" }).getByRole("link");
    expect((await links.allTextContents()).slice(0, 3)).toEqual(["Hoy", "Mi evolución", "Avisar de un problema"]);
    await inBothLooks(phone, "today", "es");
  });

  it("shows the report form in Spanish, then the emergency screen, calm and unmistakable, with the clinic's number", async () => {
    await nav().getByRole("link", { name: "Avisar de un problema" }).click();
    await phone.getByRole("heading", { level: 1, name: "Avisar de un problema" }).waitFor();
    expect(await phone.getByRole("group", { name: "Tragar, respirar y hablar" }).getByRole("checkbox").count()).toBe(4);
    await phone.getByRole("button", { name: "Enviar a mi clínica" }).click();
    await phone.getByRole("alert").getByText("Marque al menos una cosa que haya notado.").waitFor();
    await inBothLooks(phone, "report-form", "es");

    await phone.getByRole("checkbox", { name: "Dificultad para tragar", exact: true }).check();
    await phone.getByRole("button", { name: "Enviar a mi clínica" }).click();
    const emergency = phone.getByRole("alertdialog", { name: "Busque atención urgente ahora" });
    await emergency.waitFor();
    const call = emergency.getByRole("link", { name: /^Llamar al / });
    expect(await call.getAttribute("href")).toMatch(/^tel:[\d+]+$/);
    expect(await emergency.getByTestId("emergency-tell").textContent()).toMatch(/^«Me pusieron inyecciones de Botox el \p{L}+, \d{1,2} de \p{L}+\. Tengo dificultad para tragar\.»$/u);
    await emergency.getByTestId("emergency-sent").getByText(/^Su aviso: Enviado a su clínica a las \d\d:\d\d\.$/).waitFor();
    await inBothLooks(phone, "emergency", "es");
    await emergency.getByRole("button", { name: "Cerrar esta pantalla" }).click();
    await phone.getByRole("heading", { level: 1, name: "Busque atención urgente ahora" }).waitFor();
    await inBothLooks(phone, "red-answer", "es");
  });

  it("gives a green answer's self-care advice and the list of reports in Spanish", async () => {
    await nav().getByRole("link", { name: "Avisar de un problema" }).click();
    await phone.getByRole("checkbox", { name: "Moratones", exact: true }).check();
    await phone.getByRole("checkbox", { name: "Dolor de cuello", exact: true }).check();
    await phone.getByRole("button", { name: "Enviar a mi clínica" }).click();
    await phone.getByRole("heading", { level: 1, name: "Cómo cuidarse" }).waitFor();
    expect(await phone.getByTestId("self-care").getByRole("listitem").count()).toBe(2);
    await inBothLooks(phone, "green-answer", "es");

    await phone.getByRole("link", { name: "Sus avisos" }).click();
    await phone.getByRole("heading", { level: 1, name: "Sus avisos" }).waitFor();
    const list = phone.getByTestId("my-reports");
    await expect.poll(async () => list.getByTestId("my-report").count()).toBe(2);
    expect((await list.getByRole("heading").allTextContents()).map(squash)).toEqual(["Dolor de cuello y moratones", "Dificultad para tragar"]);
    await inBothLooks(phone, "my-reports", "es");
  });

  it("says My progress in plain Spanish, its chart and numbers too", async () => {
    await nav().getByRole("link", { name: "Mi evolución" }).click();
    await phone.getByRole("heading", { level: 1, name: "Mi evolución" }).waitFor();
    const sentence = phone.getByTestId("headache-sentence");
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(/^\d+ días? de dolor de cabeza /);
    expect(await phone.getByTestId("my-days-chart").locator(".chart-legend").getAttribute("aria-label")).toBe("Leyenda");
    expect(await phone.getByTestId("medicines").textContent()).toMatch(/^Triptanes: \d+ días/);
    await inBothLooks(phone, "progress", "es");
  });

  it("asks the questionnaires in Spanish around the published wording: MIDAS items stay English with a note", async () => {
    await phone.goto(`${server.url}/questionnaires/midas`);
    await phone.getByRole("heading", { level: 1, name: "Dolor de cabeza y vida diaria (MIDAS)" }).waitFor();
    await phone.getByTestId("midas-english").waitFor();
    await phone.getByRole("button", { name: /^Ninguno/ }).waitFor();
    await inBothLooks(phone, "midas", "es");
    await phone.goto(`${server.url}/questionnaires/hit-6`);
    await phone.getByRole("heading", { level: 2, name: "¿Cuál es el total de su formulario HIT-6 en papel?" }).waitFor();
    await phone.getByRole("button", { name: "Guardar" }).click();
    await phone.getByText("Escriba el total del formulario: un número del 36 al 78.").waitFor();
    await inBothLooks(phone, "hit6-total", "es");
  });

  it("has the language picker on the account, which switches back to English, remembered across a reload", async () => {
    await nav().getByRole("link", { name: "Cuenta" }).click();
    await phone.getByRole("heading", { level: 1, name: "Su cuenta" }).waitFor();
    const picker = phone.getByRole("combobox", { name: "Idioma" });
    expect(await picker.inputValue()).toBe("es");
    await phone.getByText("Verificación en dos pasos", { exact: true }).waitFor();
    await phone.getByRole("button", { name: "Cerrar sesión en todas partes" }).waitFor();
    await inBothLooks(phone, "account", "es");

    await picker.selectOption("en");
    await phone.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    expect(await phone.evaluate<string>("document.documentElement.lang")).toBe("en");
    expect(await phone.getByRole("combobox", { name: "Language" }).inputValue()).toBe("en");
    await phone.reload();
    await phone.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    expect((await nav().getByRole("link").allTextContents()).slice(0, 3)).toEqual(["Today", "My progress", "Report a problem"]);
    expect(await phone.evaluate<string>("document.documentElement.lang")).toBe("en");
    await inBothLooks(phone, "account", "en");
  });

  it("then shows the same screens in English (shot for comparison)", async () => {
    await nav().getByRole("link", { name: "My progress" }).click();
    await phone.getByTestId("headache-sentence").waitFor();
    expect(await phone.getByTestId("headache-sentence").textContent()).toMatch(/^\d+ headache days? /);
    await inBothLooks(phone, "progress", "en");
    await phone.goto(`${server.url}/side-effects`);
    await phone.getByRole("heading", { level: 1, name: "Your reports" }).waitFor();
    expect((await phone.getByTestId("my-reports").getByRole("heading").allTextContents()).map(squash)).toEqual(["Neck pain and bruising", "Trouble swallowing"]);
    await inBothLooks(phone, "my-reports", "en");
    await nav().getByRole("link", { name: "Report a problem" }).click();
    await phone.getByRole("button", { name: "Send to my clinic" }).waitFor();
    await inBothLooks(phone, "report-form", "en");
    await phone.goto(`${server.url}/questionnaires/midas`);
    await phone.getByRole("heading", { level: 1, name: "Headache and daily life (MIDAS)" }).waitFor();
    expect(await phone.getByTestId("midas-english").count()).toBe(0);
    await inBothLooks(phone, "midas", "en");
  });
});
