/**
 * The red answer (pathway-rules §10; clinical-facts.md §4 boxed warning and §5.4): a full-screen,
 * calm, unmistakable "Get emergency care now" with the emergency number as a call link, what to
 * tell them, and whether the report reached the clinic. A modal <dialog> (the rest of the page is
 * inert behind it), its heading focused when it opens; it stays until the person closes it, even
 * across a reload (the phone remembers the close, use-my-side-effects.ts). Nothing moves or flashes.
 */
import { useEffect, useId, useRef } from "react";
import type { SymptomCode } from "#domain/shared/record.ts";
import { FALLBACK_EMERGENCY_NUMBER, telLink, whatToTell, type EmergencyNumber } from "./report-words.ts";
import type { SendState } from "./send-state.ts";
import { useSideEffectWords } from "./use-side-effect-words.ts";

type EmergencyScreenProps = {
  readonly emergency: EmergencyNumber;
  readonly injectionDate: string | null;
  readonly symptoms: readonly SymptomCode[];
  /** Whether the report reached the clinic, in words. */
  readonly sent: SendState;
  readonly onClose: () => void;
};

export function EmergencyScreen({ emergency, injectionDate, symptoms, sent, onClose }: EmergencyScreenProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const words = useSideEffectWords();
  const { t } = words;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    heading.current?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="emergency"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-why`}
      data-testid="emergency-screen"
      onCancel={(event) => {
        // Escape closes it like the button: the person chose to.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="emergency__body">
        <h2 className="emergency__title" id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t("emergency.title")}
        </h2>
        <p id={`${id}-why`}>{t("emergency.why")}</p>
        <a className="emergency__call" href={telLink(emergency.number)} data-testid="emergency-call">
          {t("emergency.call", { number: emergency.number })}
        </a>
        {emergency.fromClinic ? null : (
          <p className="emergency__note" data-testid="emergency-number-fallback">
            {t("emergency.fallback", { number: FALLBACK_EMERGENCY_NUMBER })}
          </p>
        )}
        <p>{t("emergency.orGo")}</p>
        <h3>{t("emergency.whatToTell")}</h3>
        <p className="emergency__tell" data-testid="emergency-tell">{`${t("emergency.quoteOpen")}${whatToTell(injectionDate, symptoms, words)}${t("emergency.quoteClose")}`}</p>
        <p className="emergency__note" data-testid="emergency-sent">
          {t("emergency.yourReport", { state: sent.text })}
        </p>
        <button type="button" className="button button--block" onClick={onClose}>
          {t("emergency.close")}
        </button>
      </div>
    </dialog>
  );
}
