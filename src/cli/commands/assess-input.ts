/**
 * Reading `cephalog assess`'s input: the file or standard input, parsed as JSON, with errors that
 * say where (line, column, character position) but never quote the text (it is health data).
 */
import { readFile } from "node:fs/promises";

export type JsonReadResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Reads all of a stream as UTF-8 text. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads a file as UTF-8 text, or says why it cannot be read (without the file's content). */
export async function readTextFile(path: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await readFile(path, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a directory" : (code ?? "read error");
    return { ok: false, message: `cannot read ${path}: ${why}` };
  }
}

/**
 * A command's JSON input: the file named, or standard input for none or "-" (refused when standard
 * input is a terminal, where nobody types a record). `command` names the command's help.
 */
export async function readJsonInput(file: string | undefined, stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean }, command: string): Promise<JsonReadResult> {
  if (file === undefined || file === "-") {
    if (stdin.isTTY === true) return { ok: false, message: `no FILE given and standard input is a terminal; see \`${command} --help\`` };
    return parseJson(await readStream(stdin));
  }
  const read = await readTextFile(file);
  return read.ok ? parseJson(read.text) : read;
}

/**
 * Parses JSON text; on failure names the line, column and 0-based character position.
 * @example parseJson('{"a": 1,}') // { ok: false, message: "invalid JSON at line 1, column 9 (position 8): ..." }
 */
export function parseJson(text: string): JsonReadResult {
  // A byte-order mark is not JSON but editors write one; it is no error of the record.
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (source.trim() === "") return { ok: false, message: "invalid JSON: the input is empty" };
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    const reason = jsonErrorReason(String((error as Error).message));
    const position = firstJsonErrorOffset(source);
    if (position === undefined) return { ok: false, message: `invalid JSON: ${reason}` };
    const { line, column } = lineAndColumn(source, position);
    return { ok: false, message: `invalid JSON at line ${line}, column ${column} (position ${position}): ${reason}` };
  }
}

/**
 * V8's reason without the parts that may quote the input: `Unexpected token 'x', ..."text"... is
 * not valid JSON` keeps its first clause; ` in JSON at position N (line L column C)` goes (the
 * position is given separately).
 * @example jsonErrorReason(`Unexpected token 'x', "{"a": x}" is not valid JSON`) // "Unexpected token 'x'"
 */
export function jsonErrorReason(message: string): string {
  const firstClause = message.includes(" is not valid JSON") ? (message.split(", ")[0] ?? message) : message;
  return firstClause.replace(/ (?:in JSON )?at position \d+.*$/s, "");
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - lastBreak };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * The offset of the first character that breaks the JSON grammar (RFC 8259), or undefined when
 * the text is valid. A small scanner, because V8 does not give a position for every error.
 * @example firstJsonErrorOffset('[1, x]') // 4
 */
export function firstJsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i += 1;
  };
  const expect = (char: string) => (text.charAt(i) === char ? (i += 1) : fail());
  const string = () => {
    expect('"');
    while (i < text.length) {
      const char = text.charAt(i);
      if (char === '"') return void (i += 1);
      if (char === "\\") {
        const escape = text.charAt(i + 1);
        if (escape === "u" && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
        else if ('"\\/bfnrt'.includes(escape) && escape !== "") i += 2;
        else return fail();
      } else if (char < " ") return fail();
      else i += 1;
    }
    fail();
  };
  const value = (): void => {
    skipSpace();
    const char = text.charAt(i);
    if (char === "{" || char === "[") {
      const close = char === "{" ? "}" : "]";
      i += 1;
      skipSpace();
      if (text.charAt(i) === close) return void (i += 1);
      for (;;) {
        if (char === "{") {
          skipSpace();
          string();
          skipSpace();
          expect(":");
        }
        value();
        skipSpace();
        if (text.charAt(i) === ",") i += 1;
        else return void expect(close);
      }
    }
    if (char === '"') return string();
    for (const literal of ["true", "false", "null"]) if (text.startsWith(literal, i)) return void (i += literal.length);
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text) === null) return fail();
    i = NUMBER.lastIndex;
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return error.offset;
    return undefined; // nesting too deep for the scanner: no position, the reason still says what
  }
}

class JsonSyntaxAt extends Error {
  readonly offset: number;
  constructor(offset: number) {
    super(`JSON syntax error at ${offset}`);
    this.offset = offset;
  }
}
