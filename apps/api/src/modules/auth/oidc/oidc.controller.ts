import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { Public } from '../../../common/auth/access.decorators';
import { SessionService } from '../session.service';
import { decodeFlow, encodeFlow, FLOW_COOKIE, FLOW_COOKIE_PATH, FLOW_TTL_MS } from './oidc-flow';
import { OidcService } from './oidc.service';
import type { SignInRefusal } from './oidc-user-sync';

/** Where the web app explains a refused single sign-on. */
const refusedUrl = (refusal: SignInRefusal) => `/log-ind?fejl=${refusal}`;

/** Browser redirects of single sign-on (OpenID Connect); both answer 404 when OIDC_ISSUER is not set. */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly sessions: SessionService,
  ) {}

  @Get('start')
  @Public()
  @ApiFoundResponse({ description: 'To the OpenID provider, with a 10-minute cookie holding state, nonce and PKCE verifier; to /log-ind?fejl=sso-fejl if the provider cannot be reached' })
  @ApiNotFoundResponse({ description: 'Single sign-on is not configured' })
  async start(@Req() request: Request, @Res() response: Response): Promise<void> {
    const started = await this.oidc.start(request.ip);
    response.setHeader('Cache-Control', 'no-store');
    if (!started.ok) return response.redirect(302, refusedUrl(started.refusal));
    response.cookie(FLOW_COOKIE, encodeFlow(started.flow), { ...this.flowCookie(request), maxAge: FLOW_TTL_MS });
    response.redirect(302, started.url);
  }

  @Get('callback')
  @Public()
  @ApiFoundResponse({
    description: 'Signed in: to / with the session and XSRF-TOKEN cookies. Refused: to /log-ind?fejl=ingen-rolle (no role) or /log-ind?fejl=sso-fejl',
  })
  @ApiNotFoundResponse({ description: 'Single sign-on is not configured' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const flow = decodeFlow(request.cookies?.[FLOW_COOKIE]);
    const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    const result = await this.oidc.finish(query, flow, request.ip);
    response.setHeader('Cache-Control', 'no-store');
    response.clearCookie(FLOW_COOKIE, this.flowCookie(request));
    if (!result.ok) return response.redirect(302, refusedUrl(result.refusal));
    await this.sessions.start(request, response, result.user, 'oidc');
    response.redirect(302, '/');
  }

  private flowCookie(request: Request): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.sessions.secure(request), path: FLOW_COOKIE_PATH };
  }
}
