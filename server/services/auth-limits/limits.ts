// Sign-in and password-change limits in PostgreSQL (table "AuthLimit"), so that they hold across every app server
// on one database and across restarts. Each attempt is counted *before* its password is checked, in one atomic
// statement per key (INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING): parallel attempts queue on the row and
// each sees the ones before it, so a burst never gets more tries than the limit.
//
// The rules (docs/SECURITY.md):
// - per client address: SIGN_IN_LIMITS.perAddressPerMinute attempts a minute, whatever the account;
// - per account and address: after SIGN_IN_LIMITS.failures failures within the window, a progressive delay (30 s,
//   doubling with every further attempt, at most 15 minutes) before that address may try that account again;
// - per account from every address together: after SIGN_IN_LIMITS.accountFailures failures within the window, the
//   same progressive delay — except from the address of the account's last successful sign-in, so that someone who
//   knows an account's e-mail cannot shut its owner out (no lock that an admin would have to lift);
// - a successful sign-in ends the account's counts (its own pair and the account-wide count);
// - single sign-ons refused before the provider named the person are counted per address (countAnonymousSsoRefusal).
// Without any address (a request that did not come through the web server), the address bucket is the account's
// own, so such clients never share one bucket.
import { LOCKOUT } from "../../auth/password-policy";
import type { Db, Tx } from "../../db/prisma";

export const SIGN_IN_LIMITS = {
  /** Sign-in requests per client address and minute. */
  perAddressPerMinute: 10,
  /** Failures per account and address within the window before the delay starts. */
  failures: LOCKOUT.failures,
  /** Failures per account from all addresses within the window before the account-wide delay starts. */
  accountFailures: 20,
  windowMinutes: LOCKOUT.windowMinutes,
  /** The first delay; each further attempt doubles it, up to maxDelaySeconds. */
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
} as const;

/** Wrong current passwords when changing one's own password: refused for the rest of the window after this many. */
export const PASSWORD_CHANGE_LIMIT = LOCKOUT;

/** Rows untouched for this long are removed (they no longer limit anything). */
const STALE_HOURS = 24;

export type LimitRefusal = { limited: "address" | "account"; retryAfterSeconds: number };

export interface SignInAttempt {
  email: string;
  address: string | null;
}

export interface Reservation {
  /** Failed attempts of this account from this address in the current window, this one included. */
  pairAttempts: number;
  windowStart: Date;
}

const addressKey = (address: string) => `address:${address}`;
const pairKey = (email: string, address: string) => `pair:${email}|${address}`;
const accountKey = (email: string) => `account:${email}`;
const passwordKey = (userId: string) => `password:${userId}`;

interface Rule {
  windowSeconds: number;
  cap?: number;
  delayAfter?: number;
  exemptAddress?: string | null;
}

class Refused extends Error {
  constructor(
    readonly limited: LimitRefusal["limited"],
    readonly key: string,
    readonly rule: Rule,
  ) {
    super("refused");
  }
}

interface Row {
  attempts: number;
  windowStart: Date;
}

/**
 * Counts one attempt on `key` if the rule allows it; returns the row after counting, or null when refused. The
 * window restarts when it has passed. `delayAfter`: from this many attempts on, each further one must come at least
 * the progressive delay after the one before (null: a hard cap of `cap` attempts per window instead).
 */
async function count(tx: Tx, key: string, rule: Rule): Promise<Row | null> {
  const cap = rule.cap ?? 2_147_483_647;
  const delayAfter = rule.delayAfter ?? 2_147_483_647;
  const rows = await tx.$queryRaw<Row[]>`
    INSERT INTO "AuthLimit" (key, attempts, "windowStart", "lastAttemptAt")
    VALUES (${key}, 1, now(), now())
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN "AuthLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}::float8)
                      THEN 1 ELSE "AuthLimit".attempts + 1 END,
      "windowStart" = CASE WHEN "AuthLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}::float8)
                           THEN now() ELSE "AuthLimit"."windowStart" END,
      "lastAttemptAt" = now()
    WHERE "AuthLimit"."windowStart" < now() - make_interval(secs => ${rule.windowSeconds}::float8)
       OR ("AuthLimit".attempts < ${cap}::int
           AND ("AuthLimit".attempts < ${delayAfter}::int
                OR "AuthLimit"."knownAddress" = ${rule.exemptAddress ?? ""}
                OR "AuthLimit"."lastAttemptAt" <= now() - make_interval(secs => least(
                     ${SIGN_IN_LIMITS.firstDelaySeconds}::float8
                       * power(2, greatest("AuthLimit".attempts - ${delayAfter}::int, 0)),
                     ${SIGN_IN_LIMITS.maxDelaySeconds}::float8))))
    RETURNING attempts, "windowStart"`;
  return rows[0] ?? null;
}

/** Seconds until `key` allows another attempt (for Retry-After), at least 1. */
async function secondsUntilAllowed(db: Db, key: string, rule: Rule): Promise<number> {
  const rows = await db.$queryRaw<{ seconds: number }[]>`
    SELECT ceil(extract(epoch FROM least(
      "windowStart" + make_interval(secs => ${rule.windowSeconds}::float8),
      CASE WHEN attempts >= ${rule.cap ?? 2_147_483_647}::int THEN 'infinity'::timestamptz
           ELSE "lastAttemptAt" + make_interval(secs => least(
             ${SIGN_IN_LIMITS.firstDelaySeconds}::float8
               * power(2, greatest(attempts - ${rule.delayAfter ?? 0}::int, 0)),
             ${SIGN_IN_LIMITS.maxDelaySeconds}::float8)) END) - now()))::float8 AS seconds
    FROM "AuthLimit" WHERE key = ${key}`;
  return Math.max(1, Math.round(rows[0]?.seconds ?? 1));
}

const WINDOW_SECONDS = SIGN_IN_LIMITS.windowMinutes * 60;
const PAIR_RULE: Rule = { windowSeconds: WINDOW_SECONDS, delayAfter: SIGN_IN_LIMITS.failures };
const ADDRESS_RULE: Rule = { windowSeconds: 60, cap: SIGN_IN_LIMITS.perAddressPerMinute };

/**
 * Counts a sign-in attempt against the three limits in one transaction (all or none), before the password is
 * checked. Returns the reservation, or the refusal (nothing counted) with the seconds to wait.
 */
export async function reserveSignIn(
  db: Db,
  attempt: SignInAttempt,
): Promise<{ ok: true; reservation: Reservation } | { ok: false; refusal: LimitRefusal }> {
  // Without an address, the address bucket is the account's own ("-<email>") and the pair is "<email>|-".
  const address = attempt.address ?? `-${attempt.email}`;
  const pair = pairKey(attempt.email, attempt.address ?? "-");
  const accountRule: Rule = {
    windowSeconds: WINDOW_SECONDS,
    delayAfter: SIGN_IN_LIMITS.accountFailures,
    exemptAddress: attempt.address,
  };
  try {
    const reservation = await db.$transaction(async (tx) => {
      // Always in this order (address, pair, account), so that two attempts never wait for each other's rows.
      if (!(await count(tx, addressKey(address), ADDRESS_RULE))) {
        throw new Refused("address", addressKey(address), ADDRESS_RULE);
      }
      const counted = await count(tx, pair, PAIR_RULE);
      if (!counted) throw new Refused("account", pair, PAIR_RULE);
      if (!(await count(tx, accountKey(attempt.email), accountRule))) {
        throw new Refused("account", accountKey(attempt.email), accountRule);
      }
      return { pairAttempts: counted.attempts, windowStart: counted.windowStart };
    });
    if (Math.random() < 0.02) await removeStale(db);
    return { ok: true, reservation };
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    return {
      ok: false,
      refusal: { limited: error.limited, retryAfterSeconds: await secondsUntilAllowed(db, error.key, error.rule) },
    };
  }
}

/**
 * Counts a single sign-on refused before the provider told who it was (a state, code or ID token that does not hold)
 * for the client address, within the failure window; returns the count, this one included. Such refusals are
 * audited in bounded form, like failed passwords: the first of a window and the one at SIGN_IN_LIMITS.failures.
 */
export async function countAnonymousSsoRefusal(db: Db, address: string | null): Promise<number> {
  const row = await db.$transaction((tx) =>
    count(tx, `sso-refused:${address ?? "-"}`, { windowSeconds: WINDOW_SECONDS }),
  );
  return row?.attempts ?? 1;
}

/** A successful sign-in: the account's counts end, and its address becomes the one exempt from the account delay. */
export async function signInSucceeded(db: Db, attempt: SignInAttempt): Promise<void> {
  await db.$transaction([
    db.authLimit.deleteMany({ where: { key: pairKey(attempt.email, attempt.address ?? "-") } }),
    db.authLimit.upsert({
      where: { key: accountKey(attempt.email) },
      create: {
        key: accountKey(attempt.email),
        attempts: 0,
        windowStart: new Date(),
        lastAttemptAt: new Date(),
        knownAddress: attempt.address,
      },
      update: { attempts: 0, knownAddress: attempt.address },
    }),
  ]);
}

/**
 * Counts a wrong-or-right current password check before it is made (one atomic statement). False: the limit is
 * reached for the rest of the window.
 */
export async function reservePasswordCheck(db: Db, userId: string): Promise<boolean> {
  const row = await db.$transaction((tx) =>
    count(tx, passwordKey(userId), {
      windowSeconds: PASSWORD_CHANGE_LIMIT.windowMinutes * 60,
      cap: PASSWORD_CHANGE_LIMIT.failures,
    }),
  );
  return row !== null;
}

/** The current password was right: its wrong attempts no longer count. */
export async function passwordCheckSucceeded(db: Db | Tx, userId: string): Promise<void> {
  await db.authLimit.deleteMany({ where: { key: passwordKey(userId) } });
}

async function removeStale(db: Db): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "AuthLimit" WHERE "lastAttemptAt" < now() - make_interval(hours => ${STALE_HOURS})`;
}
