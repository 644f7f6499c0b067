/** A surface that groups one thing, optionally titled (the title labels the region). */
import { useId, type ReactNode } from "react";

type CardProps = {
  readonly title?: string;
  readonly headingLevel?: 2 | 3;
  readonly children: ReactNode;
  readonly className?: string;
};

export function Card({ title, headingLevel = 2, children, className }: CardProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={["card", className ?? ""].filter(Boolean).join(" ")} aria-labelledby={title ? id : undefined}>
      {title ? <Heading id={id}>{title}</Heading> : null}
      {children}
    </section>
  );
}
