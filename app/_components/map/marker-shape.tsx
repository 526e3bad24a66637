// A marker's shape (server/domain/partner-map.ts): one per status, so colour is never the only signal. Drawn around
// (0, 0) with the radius r; used by the map, its legend and the report (no hooks: server and client alike).
import type { MarkerShape } from "@/server/domain/partner-map";

export function MarkerGlyph({
  shape,
  r,
  color,
  hollow,
  className,
}: {
  shape: MarkerShape;
  r: number;
  color: string;
  hollow: boolean;
  className?: string;
}) {
  const paint = hollow
    ? { fill: "#ffffff", stroke: color, strokeWidth: Math.max(1.5, r / 2.5) }
    : { fill: color, stroke: "#ffffff", strokeWidth: Math.max(1, r / 5) };
  const f = (value: number) => Math.round(value * 100) / 100;
  switch (shape) {
    case "circle":
    case "ring":
      return <circle className={className} r={f(shape === "ring" ? r * 0.85 : r)} {...paint} />;
    case "square":
      return (
        <rect className={className} x={f(-r * 0.9)} y={f(-r * 0.9)} width={f(r * 1.8)} height={f(r * 1.8)} {...paint} />
      );
    case "diamond":
      return (
        <path
          className={className}
          d={`M0,${f(-r * 1.25)}L${f(r * 1.25)},0L0,${f(r * 1.25)}L${f(-r * 1.25)},0Z`}
          {...paint}
        />
      );
    case "triangleUp":
      return (
        <path
          className={className}
          d={`M0,${f(-r * 1.3)}L${f(r * 1.2)},${f(r * 0.9)}L${f(-r * 1.2)},${f(r * 0.9)}Z`}
          {...paint}
        />
      );
    case "triangleDown":
      return (
        <path
          className={className}
          d={`M0,${f(r * 1.3)}L${f(r * 1.2)},${f(-r * 0.9)}L${f(-r * 1.2)},${f(-r * 0.9)}Z`}
          {...paint}
        />
      );
    case "cross": {
      // An X: a plus rotated by 45°.
      const w = f(r * 0.45);
      const e = f(r * 1.2);
      return (
        <path
          className={className}
          transform="rotate(45)"
          d={`M${-w},${-e}H${w}V${-w}H${e}V${w}H${w}V${e}H${-w}V${w}H${-e}V${-w}H${-w}Z`}
          {...paint}
        />
      );
    }
  }
}
