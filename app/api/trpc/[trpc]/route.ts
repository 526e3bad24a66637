// The tRPC API as a Next.js route: what `next dev` serves. The production server answers /api/trpc/… itself,
// with the same function, before Next.js (server/http/beside-next.ts).
export { handleTrpcRequest as GET, handleTrpcRequest as POST } from "@/server/http/trpc";
