// The browser's calls of better-auth's endpoints (sign-in with a password or the city account, sign-out): JSON
// posted to /api/auth/<path>, as better-auth's own client sends it.
export function postAuth(path: string, body: object): Promise<Response> {
  return fetch(`/api/auth/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}
