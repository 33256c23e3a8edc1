import { timingSafeEqual } from 'node:crypto';

/** Whether an Authorization header carries exactly `Bearer <token>` (compared in constant time). */
export function hasBearerToken(header: string | undefined, token: string | undefined): boolean {
  if (!header || !token) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
