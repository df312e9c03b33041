// Canonical JSON (RFC 8785, via the reference implementation's package): the bytes that hash
// chains (the register's event log, the audit history) are computed over.
import canonicalize from 'canonicalize';

export function canonicalJson(x: unknown): string {
  const s = (canonicalize as unknown as (v: unknown) => string | undefined)(x);
  if (s === undefined) throw new TypeError('value cannot be canonicalized');
  return s;
}
