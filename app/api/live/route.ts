// GET /api/live (server/http/live.ts; the production server answers it before Next.js).
export const dynamic = "force-dynamic";
export { liveUpdates as GET } from "@/server/http/live";
