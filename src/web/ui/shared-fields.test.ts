import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable, type Column } from "./DataTable.tsx";
import { EmailField } from "./EmailField.tsx";
import { PasswordField } from "./PasswordField.tsx";

describe("EmailField", () => {
  it("is a required email field filled as the username", () => {
    const html = renderToStaticMarkup(createElement(EmailField, { value: "pat@home.example", onChange: () => undefined }));
    expect(html).toMatch(/type="email"/);
    expect(html).toMatch(/autoComplete="username"|autocomplete="username"/);
    expect(html).toContain("required");
    expect(html).not.toContain("readOnly");
  });

  it("is read-only when the email is given (a staff invitation)", () => {
    const html = renderToStaticMarkup(createElement(EmailField, { value: "cal@riverside.example" }));
    expect(html.toLowerCase()).toContain("readonly");
    expect(html).not.toContain("required");
  });
});

describe("PasswordField", () => {
  it("tells password managers to suggest a new password, with the length rule as a hint", () => {
    const html = renderToStaticMarkup(createElement(PasswordField, { purpose: "new", label: "Choose a password", value: "", onChange: () => undefined }));
    expect(html.toLowerCase()).toContain('autocomplete="new-password"');
    expect(html).toContain("At least 10 characters, hard to guess");
  });

  it("asks for the current password without a hint", () => {
    const html = renderToStaticMarkup(createElement(PasswordField, { purpose: "current", label: "Password", value: "", onChange: () => undefined }));
    expect(html.toLowerCase()).toContain('autocomplete="current-password"');
    expect(html).not.toContain("At least 10 characters");
  });
});

describe("DataTable", () => {
  type Row = { readonly id: string; readonly name: string };
  const columns: readonly Column<Row>[] = [
    { header: "Name", rowHeader: true, cell: (row) => row.name },
    { header: "Id", cell: (row) => row.id, title: (row) => `id ${row.id}` },
  ];

  it("shows the empty message instead of an empty table", () => {
    const html = renderToStaticMarkup(createElement(DataTable<Row>, { caption: "People", columns, rows: [], rowKey: (row) => row.id, empty: createElement("p", null, "Nobody yet.") }));
    expect(html).toBe("<p>Nobody yet.</p>");
  });

  it("names each row by its row-header column, under a caption screen readers read", () => {
    const html = renderToStaticMarkup(
      createElement(DataTable<Row>, { caption: "People", captionHidden: true, columns, rows: [{ id: "1", name: "Pat" }], rowKey: (row) => row.id, empty: null, testId: "people" }),
    );
    expect(html).toContain('<caption class="visually-hidden">People</caption>');
    expect(html).toContain('<th scope="col">Name</th>');
    expect(html).toContain('<th scope="row" data-label="Name">Pat</th>');
    // Each cell names its column, so on a phone the row reads as a labelled card.
    expect(html).toContain('<td title="id 1" data-label="Id">1</td>');
    expect(html).toContain('class="table table--cards"');
    expect(html).toContain('data-testid="people"');
  });
});
