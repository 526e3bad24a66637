// GET /api/health/live (server/http/health.ts; the production server answers it before Next.js).
export const dynamic = "force-dynamic";
export { liveness as GET } from "@/server/http/health";
