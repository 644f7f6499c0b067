/** One verdict of the assessment: its name and status on the left, the reasons and evidence on the right. */
import { useId, type ReactNode } from "react";

type VerdictRowProps = {
  readonly title: string;
  readonly subtitle?: string;
  readonly badge: ReactNode;
  readonly children: ReactNode;
  readonly testId?: string;
};

export function VerdictRow({ title, subtitle, badge, children, testId }: VerdictRowProps) {
  const id = useId();
  return (
    <section className="verdict" aria-labelledby={id} data-testid={testId}>
      <div className="verdict__head">
        <h3 id={id} className="verdict__title">
          {title}
        </h3>
        {subtitle ? <p className="verdict__subtitle muted">{subtitle}</p> : null}
        {badge}
      </div>
      <div className="verdict__body">{children}</div>
    </section>
  );
}
