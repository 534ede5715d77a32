import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import * as client from 'openid-client';
import { notFound } from '../../../common/errors/domain-error';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { Claims, lacksClaims } from './oidc-claims';
import { oidcSettings, OidcSettings } from './oidc-config';
import type { OidcFlow } from './oidc-flow';

export const OIDC_SCOPE = 'openid email profile';

/**
 * The protocol side of single sign-on, through openid-client: authorisation code flow with PKCE (S256), state and
 * nonce. Provider-neutral: everything comes from the issuer's discovery document, fetched once and cached (a failed
 * discovery is retried on the next sign-in). The client authenticates with client_secret_basic, which every provider
 * must support, or as a public client when no secret is configured.
 */
@Injectable()
export class OidcClient implements OnModuleInit {
  private current: OidcSettings | null = null;
  private discovered?: Promise<client.Configuration>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Fails the boot with a ConfigError when the OIDC variables are unusable. */
  onModuleInit(): void {
    this.current = oidcSettings(this.config);
  }

  /** Single sign-on is configured (OIDC_ISSUER is set). */
  get enabled(): boolean {
    return this.current !== null;
  }

  /** The settings; NOT_FOUND when single sign-on is not configured. */
  get settings(): OidcSettings {
    if (!this.current) throw notFound('Single sign-on');
    return this.current;
  }

  async authorizationUrl(flow: OidcFlow): Promise<URL> {
    const configuration = await this.configuration();
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: OIDC_SCOPE,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /**
   * Checks the authorisation response (the callback's query string) against the flow, redeems the code with the PKCE
   * verifier and returns the ID token's claims, completed from userinfo when the provider keeps some there.
   */
  async redeem(callbackQuery: string, flow: OidcFlow): Promise<Claims> {
    const configuration = await this.configuration();
    // The configured redirect URI, not the Host header: the token request must repeat exactly that URI.
    const currentUrl = new URL(this.settings.redirectUri);
    currentUrl.search = callbackQuery;
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) throw new Error('the token response has no ID token');
    if (!lacksClaims(idToken, this.settings) || !configuration.serverMetadata().userinfo_endpoint) return idToken;
    const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    // The signed ID token wins where both name a claim.
    return { ...userinfo, ...idToken };
  }

  private configuration(): Promise<client.Configuration> {
    const settings = this.settings;
    this.discovered ??= client
      .discovery(
        settings.issuer,
        settings.clientId,
        undefined,
        settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
        { execute: settings.allowInsecureHttp ? [client.allowInsecureRequests] : [] },
      )
      .catch((error: unknown) => {
        this.discovered = undefined;
        throw error;
      });
    return this.discovered;
  }
}
