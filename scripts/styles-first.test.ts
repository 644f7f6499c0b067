import { describe, expect, it } from "vitest";
import { stylesFirst } from "./styles-first.ts";

const built = `<html>
  <head>
    <meta charset="utf-8" />
    <script src="/patient-look.js"></script>
    <script type="module" crossorigin src="/assets/index-A.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/a-B.js">
    <link rel="stylesheet" crossorigin href="/assets/AppHeader-C.css">
    <link rel="stylesheet" crossorigin href="/assets/index-D.css">
  <link rel="manifest" href="/manifest.webmanifest"></head>
  <body><div id="root"></div></body>
</html>`;

describe("stylesFirst", () => {
  it("moves every stylesheet link, in order, before the head's first script and keeps everything else", () => {
    const html = stylesFirst(built);
    const order = ["AppHeader-C.css", "index-D.css", "/patient-look.js", "index-A.js", "a-B.js", "manifest.webmanifest"].map((name) => html.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html.match(/rel="stylesheet"/g)).toHaveLength(2);
    expect(html).toContain('    <link rel="stylesheet" crossorigin href="/assets/index-D.css">\n    <script src="/patient-look.js">');
  });

  it("leaves a page without stylesheets, or with no script in its head, as it is", () => {
    const noStyles = built.replace(/ *<link rel="stylesheet"[^>]*>\n/g, "");
    expect(stylesFirst(noStyles)).toBe(noStyles);
    const bodyScriptOnly = '<head><link rel="stylesheet" href="/s.css"></head><body><script src="/a.js"></script></body>';
    expect(stylesFirst(bodyScriptOnly)).toBe(bodyScriptOnly);
  });
});
