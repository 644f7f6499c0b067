/**
 * The bell in the header of every signed-in page, staff and patients alike (issue 8): the count of
 * unread notifications on the button, and on opening the newest, each a link to what it is about.
 * Opening one marks it read. The alerts themselves say only that something needs the person; the
 * page they open says what.
 */
import { useEffect, useId, useRef, useState, type CSSProperties } from "react";
import type { NotificationView } from "#contracts/api/notifications.ts";
import { navigate } from "#web/app/router.tsx";
import { formatInstant } from "#web/ui/format.ts";
import { useMyNotifications } from "./use-my-notifications.ts";
import "./notifications.css";

function BellIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}

/**
 * The bell's accessible name: what it is and how many wait.
 * @example bellLabel(2) // "Notifications, 2 unread"
 */
export function bellLabel(unread: number): string {
  return unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
}

export function NotificationBell({ userId }: { readonly userId: string }) {
  const { data, markRead } = useMyNotifications(userId);
  const [open, setOpen] = useState(false);
  const [bellBottom, setBellBottom] = useState(48);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const unread = data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (root.current !== null && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const openOne = (notification: NotificationView) => {
    setOpen(false);
    void markRead(notification.id);
    if (notification.link !== null) navigate(notification.link);
  };

  return (
    <div className="bell" ref={root}>
      <button ref={button} type="button" className="bell__button" aria-expanded={open} aria-controls={panelId} aria-label={bellLabel(unread)} onClick={() => {
          setBellBottom(Math.round(button.current?.getBoundingClientRect().bottom ?? 48));
          setOpen((was) => !was);
        }} data-testid="notification-bell">
        <BellIcon />
        {unread > 0 ? (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <section id={panelId} className="bell__panel" aria-labelledby={`${panelId}-title`} style={{ "--bell-bottom": `${bellBottom}px` } as CSSProperties}>
          <h2 id={`${panelId}-title`} className="bell__title">
            Notifications
          </h2>
          {data === null ? <p className="muted">Loading…</p> : null}
          {data !== null && data.notifications.length === 0 ? <p className="muted">Nothing yet. Alerts for you appear here.</p> : null}
          {data !== null && data.notifications.length > 0 ? (
            <ul className="bell__list">
              {data.notifications.map((notification) => (
                <li key={notification.id} className={notification.readAt === null ? "bell__item bell__item--unread" : "bell__item"}>
                  <a
                    href={notification.link ?? "#"}
                    onClick={(event) => {
                      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                      event.preventDefault();
                      openOne(notification);
                    }}
                  >
                    {notification.readAt === null ? <span className="bell__new">New: </span> : null}
                    {notification.subject}
                  </a>
                  <p className="bell__body">{notification.body}</p>
                  <p className="bell__when muted">{formatInstant(notification.createdAt)}</p>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
