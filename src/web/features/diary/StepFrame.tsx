/**
 * One question of the day's entry: the question as a heading (focused when it appears, so a
 * screen reader reads it), where it is in the sequence, and a way back.
 */
import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "#web/ui/Button.tsx";

type StepFrameProps = {
  readonly question: string;
  readonly position?: { readonly index: number; readonly count: number };
  readonly onBack?: (() => void) | undefined;
  readonly children: ReactNode;
};

export function StepFrame({ question, position, onBack, children }: StepFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [question]);

  return (
    <section className="step" aria-labelledby="step-question">
      {position ? <p className="step__position muted">{`Question ${position.index + 1} of ${position.count}`}</p> : null}
      <h2 id="step-question" ref={heading} tabIndex={-1} className="step__question">
        {question}
      </h2>
      <div className="step__body">{children}</div>
      {onBack ? (
        <Button variant="quiet" onClick={onBack} className="step__back">
          ‹ Back
        </Button>
      ) : null}
    </section>
  );
}
