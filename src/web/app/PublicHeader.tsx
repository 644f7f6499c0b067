/**
 * The header of pages seen before signing in (first run, sign-in, an invitation, opening): the
 * app's name, so a person always knows where they are, and an optional note beside it.
 */
export function PublicHeader({ note }: { readonly note?: string | undefined }) {
  return (
    <header className="page-header">
      <span className="page-header__brand">
        <img src="/icon.svg" alt="" />
        <span>Cephalog</span>
      </span>
      {note ? <span className="muted">{note}</span> : null}
    </header>
  );
}
