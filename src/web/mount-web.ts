import express, { type NextFunction, type Request, type Response } from 'express';
import { contentSecurityPolicy } from './content-security-policy.js';
import { webBuildPaths } from './web-build-paths.js';

function securityHeaders(response: Response): void {
  response.setHeader('Content-Security-Policy', contentSecurityPolicy);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
}

function sendPage(page: string) {
  return (_request: Request, response: Response) => {
    securityHeaders(response);
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(page, (error) => {
      if (!error || response.headersSent) return;
      response
        .status(503)
        .type('text/plain')
        .send(
          `The web front end is not built (${page} is missing): run \`npm run build:web\` or \`npm start\`.\n`,
        );
    });
  };
}

/** True for a browser opening /graphql: it wants HTML and sends no GraphQL operation. */
function isBrowserVisit(request: Request): boolean {
  return (
    request.accepts(['application/json', 'text/html']) === 'text/html' && request.query.query === undefined
  );
}

/**
 * The playground at `/` and at `/graphql` for a browser (any other GET /graphql goes on to
 * Apollo), the explorer at `/explore`, the import page at `/import`, and the built assets, all from dist/web under a
 * self-only Content-Security-Policy. Mount before Apollo's /graphql middleware.
 */
export function mountWeb(app: express.Express): void {
  const playground = sendPage(webBuildPaths.pages.playground);
  app.get('/', playground);
  app.get('/graphql', (request: Request, response: Response, next: NextFunction) => {
    if (isBrowserVisit(request)) playground(request, response);
    else next();
  });
  app.get('/explore', sendPage(webBuildPaths.pages.explore));
  app.get('/import', sendPage(webBuildPaths.pages.import));
  app.use(
    '/assets',
    express.static(`${webBuildPaths.outDir}/assets`, {
      index: false,
      fallthrough: false,
      immutable: true,
      maxAge: '1y',
      setHeaders: (response) => securityHeaders(response),
    }),
  );
}
