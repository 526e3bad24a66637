// A real OpenID Connect provider for the tests (npm oidc-provider, the certified implementation), on loopback: it
// stands in for the city's Keycloak/Entra ID. Its people are set by the test (e-mail, name, groups); its login page
// asks for the user name only (the test is the person). PKCE is required of every client, as a strict provider
// would; consent is granted at once (a first-party app, as the city registers it); its sign-out ends its own
// session and returns to the app.
import { generateKeyPairSync } from "node:crypto";
import http from "node:http";
import Provider, { type Configuration } from "oidc-provider";

export interface IdpPerson {
  email: string;
  name: string;
  groups: string[];
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** By user name (the login and the `sub`); change a person's groups between sign-ins. */
  people: Map<string, IdpPerson>;
  close(): Promise<void>;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

async function readForm(request: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function startTestIdp(options: {
  /** 0: any free port. */
  port: number;
  /** The app's origins, e.g. http://127.0.0.1:3610: their callback and post-logout addresses are registered. */
  appOrigins: string[];
  people?: Record<string, IdpPerson>;
}): Promise<TestIdp> {
  // Listen first (port 0: any free one), so that the issuer can name the port.
  let handle: http.RequestListener = (_request, response) => response.end();
  const server = http.createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", resolve);
  });
  const port = (server.address() as { port: number }).port;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "partnerschaften-test";
  const clientSecret = "test-client-secret-only-for-loopback";
  const people = new Map(Object.entries(options.people ?? {}));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "test-key", use: "sig", alg: "RS256" };

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.appOrigins.map((origin) => `${origin}/api/auth/callback/city`),
        post_logout_redirect_uris: options.appOrigins.map((origin) => `${origin}/sign-in`),
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: ["test-idp-cookie-key"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "groups"] },
    scopes: ["openid", "email", "profile"],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        // Sign out without asking (the app asked for it).
        logoutSource: (ctx, form) => {
          ctx.body = page(
            "Abmelden",
            `${form}<input type="hidden" form="op.logoutForm" name="logout" value="yes"><script>document.getElementById("op.logoutForm").submit()</script>`,
          );
        },
      },
    },
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email: person.email, email_verified: true, name: person.name, groups: person.groups }),
      };
    },
    loadExistingGrant: async (ctx) => {
      const { client, session, params } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(String(params?.scope ?? "openid"));
      await grant.save();
      return grant;
    },
    ttl: { Session: 60, Interaction: 600, Grant: 600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  handle = (request, response) => {
    const url = new URL(request.url ?? "/", issuer);
    if (!url.pathname.startsWith("/interaction/")) {
      callback(request, response);
      return;
    }
    void (async () => {
      try {
        const details = await provider.interactionDetails(request, response);
        if (request.method === "POST") {
          const login = (await readForm(request)).get("login")?.trim() ?? "";
          if (people.has(login)) {
            await provider.interactionFinished(
              request,
              response,
              { login: { accountId: login } },
              { mergeWithLastSubmission: false },
            );
            return;
          }
        }
        response.setHeader("content-type", "text/html; charset=utf-8");
        response.end(
          page(
            "Städtisches Konto",
            `<form method="post" action="/interaction/${escapeHtml(details.uid)}">
              <label>Benutzername <input name="login" autocomplete="username" autofocus></label>
              <button type="submit">Weiter</button></form>`,
          ),
        );
      } catch (error) {
        response.statusCode = 400;
        response.end(String(error));
      }
    })();
  };
  return {
    issuer,
    clientId,
    clientSecret,
    people,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
