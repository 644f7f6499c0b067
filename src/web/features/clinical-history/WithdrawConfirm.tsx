/**
 * Asks before withdrawing a treatment as entered in error: says what happens (it stops counting;
 * the entry stays in the record's history) and takes focus, so a keyboard user lands on it.
 */
import { Button } from "#web/ui/Button.tsx";
import { useFocusOnOpen } from "#web/ui/use-focus-on-open.ts";

type WithdrawConfirmProps = {
  readonly name: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
};

export function WithdrawConfirm({ name, busy, onConfirm, onCancel }: WithdrawConfirmProps) {
  const heading = useFocusOnOpen();
  return (
    <div className="status status--warn withdraw-confirm" role="group" aria-labelledby="withdraw-title" data-testid="withdraw-confirm">
      <div>
        <h3 id="withdraw-title" ref={heading} tabIndex={-1} className="status__title">
          {`Withdraw ${name} as entered in error?`}
        </h3>
        <p>It will no longer be listed or count towards eligibility. The entry is kept in the record's history; nothing is deleted.</p>
        <div className="row">
          <Button variant="primary" busy={busy} busyLabel="Withdrawing…" onClick={onConfirm}>
            Withdraw as entered in error
          </Button>
          <Button onClick={onCancel}>Keep it</Button>
        </div>
      </div>
    </div>
  );
}
