/**
 * The signed-in person's in-app notifications, for the header's bell: asked when a page opens,
 * every minute, and whenever the window comes back into view. A failed poll keeps the last answer
 * (the list never empties because the network blinked).
 */
import { useCallback, useEffect, useState } from "react";
import type { MyNotifications } from "#contracts/api/notifications.ts";
import { api } from "#web/app/api.ts";

/** How often the list is asked for while a page is open. */
export const NOTIFICATION_POLL_MS = 60_000;

export function useMyNotifications(userId: string): { readonly data: MyNotifications | null; readonly reload: () => Promise<void>; readonly markRead: (id: string) => Promise<void> } {
  const [data, setData] = useState<MyNotifications | null>(null);

  const reload = useCallback(async () => {
    try {
      setData(await api("myNotifications"));
    } catch {
      // Kept as it was: the next poll tries again.
    }
  }, []);

  useEffect(() => {
    let stopped = false;
    const ask = () => {
      if (!stopped) void reload();
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") ask();
    };
    ask();
    const timer = window.setInterval(ask, NOTIFICATION_POLL_MS);
    window.addEventListener("focus", onVisible);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      window.removeEventListener("focus", onVisible);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [userId, reload]);

  const markRead = useCallback(
    async (id: string) => {
      // Shown read at once; the server is told, and the list asked again.
      setData((current) => (current === null ? current : { unread: Math.max(0, current.unread - (current.notifications.find((n) => n.id === id && n.readAt === null) ? 1 : 0)), notifications: current.notifications.map((n) => (n.id === id && n.readAt === null ? { ...n, readAt: new Date().toISOString() } : n)) }));
      await api("readMyNotification", { params: { notificationId: id } }).catch(() => undefined);
      await reload();
    },
    [reload],
  );

  return { data, reload, markRead };
}
