// The @font-face rules of Noto Sans SC, regular weight, all subsets (Latin, Cyrillic, Vietnamese, Chinese in 96 parts,
// each with its unicode-range). Imported on its own so it becomes a stylesheet of its own, loaded by cjk-font.tsx.
import "@fontsource/noto-sans-sc/400.css";
