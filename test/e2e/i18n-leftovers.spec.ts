/**
 * The last English on a Spanish reader's screens (issue 9 §7), in Chromium at 390 px against the
 * real server: the sign-in page and its problems (a field left empty, the server out of reach),
 * and the Account page's "Alerts on this device" card, also when its settings cannot be loaded;
 * before an account: "Forgot your password?", a reset link, a patient's invitation (a staff one
 * stays English) and the sign-in page's demo card. Each screen with axe; shots numbered from 330
 * (test/e2e/artifacts) and copied into /tmp/shots/i18n2/.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession, seedClinic } from "./support/api-session.ts";
import { numberedScreenshots, ARTIFACTS_DIR } from "./support/artifacts.ts";
import { expectAccessible } from "./support/axe.ts";
import { PHONE, SKIP_E2E, launchChromium } from "./support/browser.ts";
import { startE2eServer, type E2eServer } from "./support/server.ts";

const TIME_ZONE = "Europe/Madrid";
const admin = { name: "Ada Admin", email: "ada@restos.example", password: "admin-password-1" };
const clinician = { name: "Cal Clinician", email: "cal@restos.example", password: "clinician-password-1" };
const patientLogin = { email: "pat@restos.example", password: "patient-password-1" };
const SHOTS = process.env.I18N_SHOTS_DIR ?? "/tmp/shots/i18n2";
const NETWORK_ES = "No se puede conectar con el servidor de Cephalog. Compruebe la conexión e inténtelo de nuevo.";

const squash = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

/** The token at the end of an invitation link. */
const tokenOf = (url: string) => new URL(url).pathname.split("/").pop() ?? "";

describe.skipIf(SKIP_E2E)("a Spanish reader's sign-in, alerts card, server errors and pages before an account", () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let phone: Page;
  /** Never signed in: the pages a person meets before having an account. */
  let visitor: Page;
  let patientInvitation = "";
  let staffInvitation = "";
  const shots = numberedScreenshots(330);
  let shot = 329;

  /** A shot of the page, numbered, also copied where the helper's shots are looked at. */
  async function shoot(target: Page | Locator, name: string): Promise<void> {
    shot += 1;
    if ("goto" in target) await shots.page(target, name);
    else await shots.element(target, name);
    mkdirSync(SHOTS, { recursive: true });
    const file = `${shot}-${name}.png`;
    copyFileSync(join(ARTIFACTS_DIR, file), join(SHOTS, `leftovers-${basename(file)}`));
  }

  beforeAll(async () => {
    server = await startE2eServer("cephalog-e2e-i18n-leftovers-");
    const seeded = await seedClinic(server.url, { name: "Clínica de Prueba", timeZone: TIME_ZONE, admin, clinician });
    const created = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${seeded.clinicId}/patients`, { name: "Paz Paciente", birthDate: "1984-02-11", timeZone: TIME_ZONE });
    const invitation = await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${seeded.clinicId}/patients/${created.id}/invitations`);
    await new ApiSession(server.url).call("POST", `/api/invitations/${new URL(invitation.url).pathname.split("/").pop()}/accept`, patientLogin);
    const newcomer = await seeded.clinician.call<{ id: string }>("POST", `/api/clinics/${seeded.clinicId}/patients`, { name: "Nuria Nueva", birthDate: "1990-05-03", timeZone: TIME_ZONE });
    patientInvitation = tokenOf((await seeded.clinician.call<{ url: string }>("POST", `/api/clinics/${seeded.clinicId}/patients/${newcomer.id}/invitations`)).url);
    staffInvitation = tokenOf((await seeded.admin.call<{ url: string }>("POST", `/api/clinics/${seeded.clinicId}/staff`, { name: "Iris Injector", email: "iris@restos.example", role: "injector" })).url);
    // The demo clinic: on this (loopback) address the sign-in page lists its sign-ins.
    await new ApiSession(server.url).call("POST", "/api/setup/demo");
    browser = await launchChromium();
    // Requests go to the page's network, not a service worker's, so a route can cut the server off.
    context = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "es-ES", isMobile: true, hasTouch: true, serviceWorkers: "block" });
    await context.grantPermissions(["notifications"], { origin: server.url });
    phone = await context.newPage();
    const visitorContext = await browser.newContext({ viewport: PHONE, timezoneId: TIME_ZONE, locale: "es-ES", isMobile: true, hasTouch: true, serviceWorkers: "block" });
    visitor = await visitorContext.newPage();
    // Building the web app (under the e2e lock) can take minutes on a busy machine.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("signs in in Spanish: the page, a field left empty, and the server out of reach", async () => {
    await phone.goto(`${server.url}/sign-in`);
    await phone.getByRole("heading", { level: 1, name: "Iniciar sesión en Cephalog" }).waitFor();
    expect(await phone.evaluate<string>("document.documentElement.lang")).toBe("es");
    await phone.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
    await phone.getByText("Contraseña: este campo es obligatorio.").waitFor();
    expect(squash(await phone.getByRole("alert").textContent())).toContain("Revise los campos marcados abajo.");

    await phone.getByLabel("Correo electrónico").fill(patientLogin.email);
    await phone.getByLabel("Contraseña").fill(patientLogin.password);
    await phone.route("**/api/auth/login", (route) => route.abort("internetdisconnected"));
    await phone.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
    const problem = phone.getByRole("alert");
    await problem.getByText(NETWORK_ES).waitFor();
    expect(squash(await problem.textContent())).toBe(`No se ha iniciado la sesión.${NETWORK_ES}`);
    expect(await phone.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
    await shoot(phone, "sign-in-unreachable-es-390");
    await expectAccessible(phone);

    await phone.unroute("**/api/auth/login");
    await phone.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
    await phone.waitForURL(/\/today$/);
  });

  it("shows the Account page's alerts card in Spanish", async () => {
    await phone.goto(`${server.url}/account`);
    const card = phone.getByRole("region", { name: "Avisos en este dispositivo" });
    await card.waitFor();
    await card.getByRole("button", { name: /^Activar los avisos en este dispositivo$|^Desactivar los avisos en este dispositivo$/ }).or(card.getByText("Este navegador no puede mostrar avisos de Cephalog.")).first().waitFor();
    const text = squash(await card.textContent());
    for (const english of ["Alerts", "alert", "Turn on", "Loading"]) expect(text, "no English left in the card").not.toContain(english);
    expect(await phone.evaluate<string>("document.documentElement.lang")).toBe("es");
    expect(await phone.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
    await shoot(card, "account-alerts-es-390");
    await expectAccessible(phone);
  });

  it("says in Spanish that the alert settings could not be loaded when the server is out of reach", async () => {
    await phone.route("**/api/me/push", (route) => route.abort("internetdisconnected"));
    await phone.reload();
    const card = phone.getByRole("region", { name: "Avisos en este dispositivo" });
    const failed = card.getByRole("alert").filter({ hasText: "No se pudieron cargar sus ajustes de avisos." });
    await failed.waitFor();
    expect(squash(await failed.textContent())).toBe(`No se pudieron cargar sus ajustes de avisos.${NETWORK_ES}Volver a intentarlo`);
    expect(await phone.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
    await shoot(card, "account-alerts-unreachable-es-390");
    await expectAccessible(phone);
    await phone.unroute("**/api/me/push");
  });

  /** The page's words, checked for English a Spanish reader should not meet. */
  async function expectNoEnglish(target: Page | Locator, english: readonly string[]): Promise<void> {
    const text = squash(await (("goto" in target ? target.locator("main") : target).textContent()));
    for (const word of english) expect(text, `no "${word}" left`).not.toContain(word);
  }

  it("asks for a reset link in Spanish, and says in Spanish what happens next", async () => {
    await visitor.goto(`${server.url}/forgot-password`);
    await visitor.getByRole("heading", { level: 1, name: "Restablecer su contraseña" }).waitFor();
    expect(await visitor.evaluate<string>("document.documentElement.lang")).toBe("es");
    await visitor.getByRole("button", { name: "Enviar el enlace" }).click();
    await visitor.getByText(/^Correo electrónico: /).waitFor();
    await expectNoEnglish(visitor, ["Email", "Enter the email", "Send the link", "Back to signing in", "required"]);
    expect(await visitor.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
    await shoot(visitor, "forgot-password-es-390");
    await expectAccessible(visitor);

    await visitor.getByLabel("Correo electrónico").fill("nadie@restos.example");
    await visitor.getByRole("button", { name: "Enviar el enlace" }).click();
    const sent = visitor.getByTestId("reset-requested");
    await sent.getByText("Revise su correo electrónico.").waitFor();
    expect(squash(await sent.textContent())).toContain("Si nadie@restos.example tiene una cuenta de Cephalog, le llegará un enlace");
    await visitor.getByRole("link", { name: "Volver a iniciar sesión" }).waitFor();
    await expectAccessible(visitor);
  });

  it("says in Spanish that a reset link cannot be used", async () => {
    await visitor.goto(`${server.url}/reset-password/${"x".repeat(32)}`);
    const dead = visitor.getByTestId("reset-link-dead");
    await dead.getByText("Este enlace no se puede usar.").waitFor();
    expect(await visitor.evaluate<string>("document.documentElement.lang")).toBe("es");
    await visitor.getByRole("heading", { level: 1, name: "Elija una contraseña nueva" }).waitFor();
    await dead.getByRole("link", { name: "Pedir un enlace nuevo" }).waitFor();
    await expectAccessible(visitor);
  });

  it("opens a patient's invitation in Spanish, its field problems too", async () => {
    await visitor.goto(`${server.url}/invite/${patientInvitation}`);
    await visitor.getByRole("heading", { level: 1, name: "Su diario de dolor de cabeza con Clínica de Prueba" }).waitFor();
    expect(await visitor.evaluate<string>("document.documentElement.lang")).toBe("es");
    await visitor.getByText(/^Hola, Nuria Nueva\. Clínica de Prueba le invita a llevar un diario/).waitFor();
    await visitor.getByText(/^Este enlace sirve una sola vez, hasta el /).waitFor();
    await visitor.getByRole("button", { name: "Guardar la contraseña e iniciar sesión" }).click();
    await visitor.getByText(/^Correo electrónico: /).waitFor();
    await visitor.getByText("Contraseña: debe tener al menos 10 caracteres.").waitFor();
    await expectNoEnglish(visitor, ["Hello", "Choose", "Email", "Password", "This link", "must be", "Please check"]);
    expect(await visitor.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
    await shoot(visitor, "invitation-patient-es-390");
    await expectAccessible(visitor);
  });

  it("says in Spanish that an invitation link cannot be used, and keeps a staff invitation English", async () => {
    await visitor.goto(`${server.url}/invite/${"y".repeat(32)}`);
    await visitor.getByText("Este enlace de invitación no se puede usar.").waitFor();
    expect(await visitor.evaluate<string>("document.documentElement.lang")).toBe("es");
    await expectAccessible(visitor);

    await visitor.goto(`${server.url}/invite/${staffInvitation}`);
    await visitor.getByRole("heading", { level: 1, name: "Join Clínica de Prueba" }).waitFor();
    await visitor.getByText("Hello Iris Injector. Choose a password to sign in to Clínica de Prueba with iris@restos.example.").waitFor();
    await visitor.getByRole("button", { name: "Set password and sign in" }).waitFor();
    await expect.poll(() => visitor.evaluate<string>("document.documentElement.lang")).toBe("en");
    await shoot(visitor, "invitation-staff-stays-english-390");
    await expectAccessible(visitor);
  });

  it("lists the demo sign-ins in Spanish on the sign-in page", async () => {
    await visitor.goto(`${server.url}/sign-in`);
    const card = visitor.getByTestId("demo-logins");
    await card.getByRole("heading", { level: 2, name: /^Accesos de demostración/ }).waitFor();
    expect(await visitor.evaluate<string>("document.documentElement.lang")).toBe("es");
    await card.getByText("Paciente", { exact: true }).first().waitFor();
    await expectNoEnglish(card, ["Demo sign-ins", "Synthetic", "Password", "Patient", "Clinician", "Use"]);
    await card.getByRole("button", { name: "Usar como paciente de la demostración" }).first().click();
    expect(await visitor.getByLabel("Correo electrónico").inputValue()).not.toBe("");
    expect(await visitor.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(PHONE.width);
    await shoot(card, "sign-in-demo-card-es-390");
    await expectAccessible(visitor);
  });
});
