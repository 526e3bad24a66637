// GET /api/live, signed in: the browser's live stream (issue 20), Server-Sent Events carrying the committed changes
// this user may see (server/services/live/stream.ts). Answered by the production server before Next.js
// (server/http/beside-next.ts) and by the Next.js route under `next dev`.
import { actorFromHeaders } from "../auth/instance";
import { changeFeed } from "../db/client";
import { liveStream } from "../services/live/stream";

export async function liveUpdates(request: Request): Promise<Response> {
  const actor = await actorFromHeaders(request.headers);
  if (!actor) return Response.json({ error: "Please sign in." }, { status: 401 });
  return liveStream({
    actor,
    feed: changeFeed(),
    signal: request.signal,
    stillSignedIn: async () => (await actorFromHeaders(request.headers))?.id === actor.id,
  });
}
