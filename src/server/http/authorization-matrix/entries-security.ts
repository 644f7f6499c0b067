/**
 * Matrix entries of two-factor sign-in and password reset. A call that turns two-factor on for
 * the caller's account is followed by turning it off again, so the caller signs in with the
 * password alone afterwards; a second step or a reset link is made for a new member, fresh for
 * each call, since each is used once.
 */
import type { CallContext, MatrixEntries } from "./entry.ts";
import { codeNow, pendingSecondStep, pendingSecret, resetToken, twoFactorOff, twoFactorOn } from "./account-fixture.ts";
import { strongPassword } from "./entries-account.ts";

const off = (ctx: CallContext) => twoFactorOff(ctx.world.deps, ctx.caller.userId);

export const securityEntries: MatrixEntries = {
  loginCode: { call: async ({ world, clinic }) => ({ body: await pendingSecondStep(world.deps, clinic.clinicId) }) },
  startTwoFactorEnrolment: { call: () => ({}), after: off },
  confirmTwoFactorEnrolment: {
    call: async ({ world, caller }) => ({ body: { code: caller.userId === null ? "123456" : await codeNow(world.deps, await pendingSecret(world.deps, caller.userId)) } }),
    after: off,
  },
  disableTwoFactor: {
    call: async ({ world, caller }) => ({ body: { password: caller.password, code: caller.userId === null ? "ABCD-EFGH" : (await twoFactorOn(world.deps, caller.userId)).recoveryCode } }),
    after: off,
  },
  regenerateRecoveryCodes: {
    call: async ({ world, caller }) => {
      if (caller.userId !== null) await twoFactorOn(world.deps, caller.userId);
      return { body: { password: caller.password } };
    },
    after: off,
  },
  // An email without an account answers the same, so every call is valid and none floods an inbox.
  requestPasswordReset: { call: ({ world }) => ({ body: { email: `reset.${world.next()}@example.test` } }) },
  getPasswordResetLink: { call: async ({ world, clinic }) => ({ params: { token: await resetToken(world.deps, clinic.clinicId) } }) },
  resetPassword: { call: async ({ world, clinic }) => ({ params: { token: await resetToken(world.deps, clinic.clinicId) }, body: { newPassword: strongPassword(world.next()) } }) },
};
