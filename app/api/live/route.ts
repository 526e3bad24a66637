// The browser's live stream (issue 20): Server-Sent Events carrying the committed changes this user may see.
// GET /api/live, signed in. See server/services/live/stream.ts.
import { actorFromHeaders } from "@/server/auth/instance";
import { changeFeed } from "@/server/db/client";
import { liveStream } from "@/server/services/live/stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const actor = await actorFromHeaders(request.headers);
  if (!actor) return Response.json({ error: "Please sign in." }, { status: 401 });
  return liveStream({
    actor,
    feed: changeFeed(),
    signal: request.signal,
    stillSignedIn: async () => (await actorFromHeaders(request.headers))?.id === actor.id,
  });
}
