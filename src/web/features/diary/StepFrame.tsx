/**
 * One question of the day's entry: the question as a heading (focused when it appears, so a
 * screen reader reads it), where it is in the sequence, and a way back. A long step's main
 * action goes in `footer`, kept in view at the bottom of the phone (sticky) so it never needs
 * scrolling to reach (issue 9: 390 x 844).
 */
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#web/ui/Button.tsx";

type StepFrameProps = {
  readonly question: string;
  readonly position?: { readonly index: number; readonly count: number };
  readonly onBack?: (() => void) | undefined;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  /**
   * The question's language when it is not the page's: MIDAS keeps its licensed English on a
   * Spanish page, and a screen reader must say it as English (WCAG 3.1.2).
   */
  readonly questionLang?: string | undefined;
};

export function StepFrame({ question, position, onBack, children, footer, questionLang }: StepFrameProps) {
  const { t } = useTranslation("diary");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [question]);

  return (
    <section className="step" aria-labelledby="step-question">
      {position ? <p className="step__position muted">{t("question.stepOf", { index: position.index + 1, count: position.count })}</p> : null}
      <h2 id="step-question" ref={heading} tabIndex={-1} className="step__question" lang={questionLang}>
        {question}
      </h2>
      <div className="step__body">{children}</div>
      {footer ? <div className="step__footer">{footer}</div> : null}
      {onBack ? (
        <Button variant="quiet" onClick={onBack} className="step__back">
          {t("question.back")}
        </Button>
      ) : null}
    </section>
  );
}
