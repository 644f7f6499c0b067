/**
 * The submit of every form that ends signed in (sign-in, accepting an invitation, creating the
 * clinic, a demo account): check the form against the contract, send it, then remember who is
 * signed in and open their start page. Field problems come back as `issue(label, path)`. An
 * account with two-factor sign-in answers with the second step instead (`challenge`): the page
 * then asks the code (features/auth/CodeStep.tsx).
 */
import { useCallback, useState } from "react";
import type { z } from "zod";
import type { Me, TwoFactorChallenge } from "#contracts/api/auth.ts";
import { pathAfterSignIn } from "./return-address.ts";
import { navigate } from "./router.tsx";
import { useSession } from "./session.tsx";
import { useSubmit, type Submit } from "./use-submit.ts";
import { fieldMessage, validate } from "./validate.ts";

export interface SignInSubmit extends Submit {
  /** The message for a field, as a sentence: `issue("Email", "admin.email")`. */
  readonly issue: (label: string, path: string) => string | undefined;
  /** Checks `value` with `schema`, sends it with `call`, and signs in with the answer (or keeps the second step it asks). */
  readonly signIn: <S extends z.ZodType>(schema: S, value: unknown, call: (body: z.output<S>) => Promise<Me | TwoFactorChallenge>) => Promise<void>;
  /** The second step the server asked for (two-factor sign-in), until signed in or given up. */
  readonly challenge: TwoFactorChallenge | null;
  readonly setChallenge: (challenge: TwoFactorChallenge | null) => void;
}

export function useSignInSubmit(): SignInSubmit {
  const { signedIn } = useSession();
  const submit = useSubmit();
  const { fail, run } = submit;
  const [challenge, setChallenge] = useState<TwoFactorChallenge | null>(null);

  const signIn = useCallback(
    async <S extends z.ZodType>(schema: S, value: unknown, call: (body: z.output<S>) => Promise<Me | TwoFactorChallenge>) => {
      const checked = validate(schema, value);
      if (!checked.ok) return fail(checked.error);
      const me = await run(() => call(checked.value));
      if (me && "twoFactor" in me) setChallenge(me);
      else if (me) {
        signedIn(me);
        // Back where sign-in was asked for (`?next=`, this site's paths only), else the start page.
        navigate(pathAfterSignIn(me, window.location.search), { replace: true });
      }
    },
    [fail, run, signedIn],
  );

  const issue = (label: string, path: string) => fieldMessage(label, submit.error?.issueFor(path));
  return { ...submit, issue, signIn, challenge, setChallenge };
}
