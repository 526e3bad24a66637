// better-auth's endpoints (sign-in, sign-out, session). Sign-up is disabled; accounts are made by admins.
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/server/auth/instance";

export async function GET(request: Request) {
  return toNextJsHandler(auth()).GET(request);
}

export async function POST(request: Request) {
  return toNextJsHandler(auth()).POST(request);
}
