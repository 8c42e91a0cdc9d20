import { timingSafeEqual } from 'node:crypto';

import {
  AuthMethods,
  SSO_SETTINGS_AUDIT_ID,
  SsoFailureReason,
  SsoSettings,
  UpdateSsoSettings,
} from '@calibrate/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
// openid-client (and its oauth4webapi and jose) ship ES modules only. The built API is CommonJS
// and Node 24 `require()`s ES modules, so a static import works there; jest's module registry
// cannot, so the jest configs compile these packages to CommonJS (scripts/jest-esm-packages.cjs).
// A lazy `import()` would instead need jest's experimental VM modules for every suite.
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';

import { SessionUser } from '../../common/auth/session-user';
import { AppException } from '../../common/errors/app-exception';
import { APP_CONFIG } from '../../config/app-config.token';
import type { AppConfig, OidcConfig } from '../../config/env';
import { isUniqueViolation } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { toUser } from '../users/users.mapper';
import { SessionsRepository } from './sessions.repository';
import { SsoIdentitiesRepository, SsoUserRow } from './sso-identities.repository';
import { SSO_STATE_MAX_AGE_SECONDS, SsoAttempt } from './sso-state';

/** How a callback ended: a new session for the user, or the reason shown on the sign-in page. */
export type SsoOutcome =
  | { session: { sessionId: string; csrfToken: string }; userId: string; next: string }
  | { reason: SsoFailureReason };

/** What the IdP said about the person, once its answer is verified. */
interface VerifiedPerson {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

class Refused extends Error {
  constructor(readonly reason: SsoFailureReason) {
    super(reason);
  }
}

/**
 * OpenID Connect sign-in: the authorization code flow with PKCE, state and nonce (openid-client
 * checks the ID token's signature, issuer, audience, expiry and nonce). People are matched by the
 * IdP's subject once linked, else by an email the IdP verified; unknown people get the role an
 * admin chose, or are refused.
 */
@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);
  private discovered: Promise<oidc.Configuration> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identities: SsoIdentitiesRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  methods(): AuthMethods {
    const oidcConfig = this.config.auth.oidc;
    return {
      password: this.config.auth.passwordSignIn,
      sso: oidcConfig ? { label: oidcConfig.buttonLabel } : null,
    };
  }

  /**
   * The IdP's authorization URL and the attempt the browser must bring back; or, when the IdP
   * cannot be reached, the reason to show on the sign-in page.
   */
  async begin(
    next: string | undefined,
  ): Promise<{ url: string; attempt: SsoAttempt } | { reason: SsoFailureReason }> {
    const settings = this.oidcConfig();
    let configuration: oidc.Configuration;
    try {
      configuration = await this.configuration();
    } catch (error) {
      if (error instanceof Refused) return { reason: error.reason };
      throw error;
    }
    const attempt: SsoAttempt = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      next: safeAppPath(next),
      expiresAt: Date.now() + SSO_STATE_MAX_AGE_SECONDS * 1000,
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: settings.redirectUri,
      scope: settings.scopes,
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, attempt };
  }

  /**
   * Checks the IdP's answer against the attempt this browser started, then finds, links or
   * provisions the user and opens a session. `query` is the callback's query string as sent.
   */
  async finish(
    query: { state?: string; error?: string; error_description?: string },
    rawQuery: string,
    attempt: SsoAttempt | undefined,
  ): Promise<SsoOutcome> {
    const settings = this.oidcConfig();
    try {
      if (query.error) {
        this.logger.warn(
          `The identity provider answered the sign-in with ${query.error}: ${query.error_description ?? ''}`,
        );
        throw new Refused('idp_error');
      }
      if (!attempt || attempt.expiresAt < Date.now()) throw new Refused('expired');
      if (!query.state || !sameText(query.state, attempt.state))
        throw new Refused('state_mismatch');
      const person = await this.verifiedPerson(settings, rawQuery, attempt);
      const user = await this.resolveUser(settings.issuer, person);
      const session = await this.sessions.create(user.id, this.config.sessionMaxHours);
      return {
        session: { sessionId: session.id, csrfToken: session.csrfToken },
        userId: user.id,
        next: attempt.next,
      };
    } catch (error) {
      if (error instanceof Refused) return { reason: error.reason };
      throw error;
    }
  }

  async settings(): Promise<SsoSettings> {
    const row = await this.identities.settings();
    return {
      configured: this.config.auth.oidc !== null,
      issuer: this.config.auth.oidc?.issuer ?? null,
      provisionRole: row.provision_role,
      updatedAt: row.updated_at?.toISOString() ?? null,
    };
  }

  /** Saved and audited together, like every admin change. */
  async updateSettings(input: UpdateSsoSettings, actor: SessionUser): Promise<SsoSettings> {
    await this.dataSource.transaction(async (db) => {
      const before = await this.identities.lockSettings(db);
      const after = await this.identities.saveSettings(db, {
        provisionRole: input.provisionRole,
        updatedBy: actor.id,
      });
      await this.audit.record(db, {
        actorId: actor.id,
        action: 'sso_settings.updated',
        entityType: 'sso_settings',
        entityId: SSO_SETTINGS_AUDIT_ID,
        before: { provisionRole: before.provision_role },
        after: { provisionRole: after.provision_role },
      });
    });
    return this.settings();
  }

  private oidcConfig(): OidcConfig {
    const settings = this.config.auth.oidc;
    if (!settings) throw new AppException('SSO_NOT_CONFIGURED');
    return settings;
  }

  /**
   * The IdP's metadata and keys, discovered at first use and kept. A failure is logged and not
   * kept (the next sign-in tries again); passwords keep working meanwhile.
   */
  private configuration(): Promise<oidc.Configuration> {
    const settings = this.oidcConfig();
    this.discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
        {
          timeout: 10,
          // http:// is accepted for an issuer at all only outside production or on loopback (env.ts).
          execute: settings.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
        },
      )
      .catch((error: unknown) => {
        this.discovered = undefined;
        this.logger.error(
          `Single sign-on: the identity provider ${settings.issuer} cannot be reached or its discovery document is invalid (${describe(error)}). Password sign-in still works.`,
        );
        throw new Refused('idp_unavailable');
      });
    return this.discovered;
  }

  private async verifiedPerson(
    settings: OidcConfig,
    rawQuery: string,
    attempt: SsoAttempt,
  ): Promise<VerifiedPerson> {
    const configuration = await this.configuration();
    // The URL the IdP redirected to, built from the configured redirect URI (not from the Host
    // a proxy may rewrite) and the parameters exactly as sent.
    const currentUrl = new URL(settings.redirectUri);
    currentUrl.search = rawQuery;
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(
        configuration,
        currentUrl,
        {
          pkceCodeVerifier: attempt.codeVerifier,
          expectedState: attempt.state,
          expectedNonce: attempt.nonce,
          idTokenExpected: true,
        },
        { redirect_uri: settings.redirectUri },
      );
    } catch (error) {
      this.logger.warn(`Single sign-on refused: ${describe(error)}`);
      if (isNonceMismatch(error)) throw new Refused('state_mismatch');
      if (isUnreachable(error)) throw new Refused('idp_unavailable');
      throw new Refused('idp_error');
    }
    const claims = tokens.claims();
    if (!claims) throw new Refused('idp_error');
    let person: Record<string, unknown> = claims;
    // An IdP may keep email out of the ID token when it issues an access token (OIDC Core 5.4):
    // then the userinfo endpoint has it (the subject is checked to be the ID token's).
    if (
      (claims.email === undefined || claims.email_verified === undefined) &&
      tokens.access_token
    ) {
      try {
        person = {
          ...(await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub)),
          ...claims,
        };
      } catch (error) {
        this.logger.warn(`Single sign-on: userinfo failed: ${describe(error)}`);
        throw new Refused(isUnreachable(error) ? 'idp_unavailable' : 'idp_error');
      }
    }
    const email = typeof person.email === 'string' ? person.email.trim().toLowerCase() : undefined;
    return {
      subject: claims.sub,
      email: email || undefined,
      // Some IdPs send the boolean as a string.
      emailVerified: person.email_verified === true || person.email_verified === 'true',
      name: typeof person.name === 'string' ? person.name.trim() : undefined,
    };
  }

  private async resolveUser(issuer: string, person: VerifiedPerson): Promise<SsoUserRow> {
    try {
      return await this.matchOrProvision(issuer, person);
    } catch (error) {
      // Two first sign-ins of the same person at once: the other one linked or created them.
      if (
        isUniqueViolation(error, 'users_email_key') ||
        isUniqueViolation(error, 'user_identities_issuer_subject_key') ||
        isUniqueViolation(error, 'user_identities_user_issuer_key')
      )
        return this.matchOrProvision(issuer, person);
      throw error;
    }
  }

  private async matchOrProvision(issuer: string, person: VerifiedPerson): Promise<SsoUserRow> {
    const linked = await this.identities.findLinked(
      this.dataSource.manager,
      issuer,
      person.subject,
    );
    if (linked) {
      if (!linked.active) throw new Refused('account_disabled');
      await this.identities.touch(linked.identity_id);
      return linked;
    }
    const email = person.email;
    if (!email || !person.emailVerified) throw new Refused('email_not_verified');
    const identity = { issuer, subject: person.subject, email };
    return this.dataSource.transaction(async (db) => {
      const existing = await this.identities.findUserByEmail(db, email);
      if (existing) {
        if (!existing.active) throw new Refused('account_disabled');
        // One IdP account per user and issuer: another account with the same email (a renamed
        // or re-created one) is not silently given this user.
        if (await this.identities.linkedSubject(db, existing.id, issuer))
          throw new Refused('identity_conflict');
        await this.identities.link(db, { userId: existing.id, ...identity });
        await this.audit.record(db, {
          actorId: existing.id,
          action: 'user.identity_linked',
          entityType: 'user',
          entityId: existing.id,
          after: { ...identity, matchedBy: 'email' },
        });
        return existing;
      }
      const { provision_role: role } = await this.identities.settings();
      if (!role) throw new Refused('no_account');
      const created = await this.identities.insertUser(db, {
        email,
        name: person.name || email.split('@')[0] || email,
        role,
      });
      await this.identities.link(db, { userId: created.id, ...identity });
      await this.audit.record(db, {
        actorId: created.id,
        action: 'user.provisioned',
        entityType: 'user',
        entityId: created.id,
        after: { ...toUser(created), identity },
      });
      return created;
    });
  }
}

/** Only paths inside the app: `next` must never send a user to another site. */
export function safeAppPath(next: string | undefined): string {
  return next &&
    next.startsWith('/') &&
    !next.startsWith('//') &&
    !next.startsWith('/\\') &&
    !next.startsWith('/login') &&
    !next.startsWith('/api/')
    ? next
    : '/';
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `; ${error.cause.message}` : '';
  const code = (error as { code?: unknown }).code;
  return `${typeof code === 'string' ? `${code}: ` : ''}${error.message}${cause}`;
}

/** openid-client wraps oauth4webapi's "unexpected ID Token "nonce" claim value" as its cause. */
function isNonceMismatch(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause)
    if (/"nonce"/.test(cause.message)) return true;
  return false;
}

/** A network failure or timeout reaching the IdP (fetch's TypeError, an abort). */
function isUnreachable(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))
  );
}
