/** The one button: a real <button>, at least 44 px square, with a visible focus ring (design.md). */
import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "quiet";

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  readonly variant?: ButtonVariant;
  readonly block?: boolean;
  /** Shown instead of the label while an action runs; the button is disabled meanwhile. */
  readonly busyLabel?: string;
  readonly busy?: boolean;
};

export function Button({ variant = "secondary", block = false, busy = false, busyLabel, className, children, disabled, type, ...rest }: ButtonProps) {
  const classes = ["button", `button--${variant}`, block ? "button--block" : "", className ?? ""].filter(Boolean).join(" ");
  return (
    <button type={type ?? "button"} className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
