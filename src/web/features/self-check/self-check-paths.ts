/**
 * The self-check's addresses (issue 9 §5). The public ones open before the sign-in check and
 * without asking the server anything (session.tsx waits for a path that needs the session), so a
 * person considering the treatment sends no request at all.
 */
export const SELF_CHECK_PATH = "/is-it-right-for-me";
export const PHONE_DIARY_PATH = `${SELF_CHECK_PATH}/diary`;
export const SUMMARY_PATH = `${SELF_CHECK_PATH}/summary`;
/** For a signed-in patient: adding the phone diary to their record (needs the session). */
export const CARRY_OVER_PATH = "/my-self-kept-diary";

/**
 * Whether a path is one of the public self-check pages.
 * @example isSelfCheckPath("/is-it-right-for-me/diary") // true
 * @example isSelfCheckPath("/my-self-kept-diary") // false
 */
export function isSelfCheckPath(path: string): boolean {
  return path === SELF_CHECK_PATH || path.startsWith(`${SELF_CHECK_PATH}/`);
}
