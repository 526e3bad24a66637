// Live updates (m.live.*).
const live: typeof import("../de/live").default = {
  updatedAgo: "Updated: {seconds, plural, =0 {just now} one {# s ago} other {# s ago}}",
  updatedLong: "Updated: more than a minute ago",
  announce: "The page was updated with new changes.",
  reconnecting: "Live updates interrupted, reconnecting …",
};

export default live;
