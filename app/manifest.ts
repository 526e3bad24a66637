// The web app manifest (/manifest.webmanifest): the app's name and icons when it is installed or pinned. In German,
// the default language (a manifest has one language; the pages follow the user's choice).
import type { MetadataRoute } from "next";
import { messagesFor } from "@/server/i18n/messages";

export default function manifest(): MetadataRoute.Manifest {
  const m = messagesFor("de");
  return {
    name: m.app.name,
    short_name: m.shell.shortName,
    description: m.app.tagline,
    lang: "de",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#b3001b",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
