/*
 * Applies the patient's chosen look before the first paint, so a patient who asked for the light
 * look never sees the dark page flash first. A classic script in <head> (the page's CSP allows
 * scripts from this origin only, not inline ones). Same key and attribute as
 * src/web/features/patient-shell/patient-look.ts (patient-look.test.ts runs this file).
 */
/* global window, document */
(function () {
  try {
    if (window.localStorage.getItem("cephalog.patient-look.v1") !== "light") return;
    document.documentElement.setAttribute("data-patient-look", "light");
    var bar = document.querySelector('meta[name="theme-color"]');
    if (bar) bar.setAttribute("content", "#f3ede4");
  } catch {
    // Storage unavailable (a private window): the default look.
  }
})();
