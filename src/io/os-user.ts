// Who is at the keyboard, for logs and audit records.
import { userInfo } from 'node:os';

export function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
