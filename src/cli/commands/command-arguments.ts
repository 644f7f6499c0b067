/**
 * A command's arguments, read by hand the one way `assess`, `fhir` and `report` all take them:
 * util.parseArgs rejects repeated options in ways that hide which one, and these commands let a
 * repeated option's last value count. `-` and anything not starting with `-` is positional, `--`
 * ends the options, `-h`/`--help` asks for help, `--name value` and `--name=value` give a value.
 */

export interface CommandArguments {
  readonly help: boolean;
  /** The flags given (from `spec.flags`). */
  readonly flags: ReadonlySet<string>;
  /** Each valued option given, by its name with the dashes ("--as-of"); the last one given counts. */
  readonly values: Readonly<Partial<Record<string, string>>>;
  readonly positional: readonly string[];
}

export interface ArgumentSpec {
  /** Options that take a value, e.g. ["--as-of", "--policy"]. */
  readonly valued: readonly string[];
  /** Options that stand alone, e.g. ["--draft"]. */
  readonly flags?: readonly string[];
}

/**
 * Reads `args` by `spec`, or says what is wrong with them in words for the command's stderr.
 * @example readCommandArguments(["r.json", "--as-of=2026-07-20"], { valued: ["--as-of"] }) // { ok: true, value: { help: false, flags: Set {}, values: { "--as-of": "2026-07-20" }, positional: ["r.json"] } }
 * @example readCommandArguments(["--asof", "x"], { valued: ["--as-of"] }) // { ok: false, message: 'unknown option "--asof"' }
 */
export function readCommandArguments(args: readonly string[], spec: ArgumentSpec): { ok: true; value: CommandArguments } | { ok: false; message: string } {
  let help = false;
  const flags = new Set<string>();
  const values: Partial<Record<string, string>> = {};
  const positional: string[] = [];
  let optionsEnded = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (optionsEnded || arg === "-" || !arg.startsWith("-")) {
      positional.push(arg);
      continue;
    }
    if (arg === "--") {
      optionsEnded = true;
      continue;
    }
    if (arg === "-h" || arg === "--help") {
      help = true;
      continue;
    }
    if (spec.flags?.includes(arg)) {
      flags.add(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = arg.startsWith("--") && equals > 0 ? arg.slice(0, equals) : arg;
    if (!spec.valued.includes(name)) return { ok: false, message: `unknown option ${JSON.stringify(name)}` };
    let value = name === arg ? undefined : arg.slice(equals + 1);
    if (value === undefined) {
      value = args[index + 1];
      if (value === undefined) return { ok: false, message: `${name} needs a value` };
      index += 1;
    }
    values[name] = value;
  }
  return { ok: true, value: { help, flags, values, positional } };
}
