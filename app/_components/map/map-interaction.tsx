"use client";
// The map's only script (issue 21): a tooltip for the marker under the pointer or with the focus, naming the partner
// in the interface's language and in its own (重庆), and following a marker's link within the app (no full page
// load). The markers themselves are server-rendered links, so the map works without this.
import { useRouter } from "next/navigation";
import { type FocusEvent, type MouseEvent, type ReactNode, useRef, useState } from "react";
import styles from "./map.module.css";

interface Tip {
  name: string;
  local: string | null;
  detail: string;
  left: number;
  top: number;
}

function markerOf(target: EventTarget | null): HTMLElement | SVGElement | null {
  return target instanceof Element ? (target.closest("[data-tip-name]") as SVGElement | null) : null;
}

export function MapInteraction({ children }: { children: ReactNode }) {
  const router = useRouter();
  const box = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const show = (target: EventTarget | null) => {
    const marker = markerOf(target);
    const container = box.current;
    if (!marker || !container) return;
    const at = marker.getBoundingClientRect();
    const origin = container.getBoundingClientRect();
    setTip({
      name: marker.dataset.tipName ?? "",
      local: marker.dataset.tipLocal ?? null,
      detail: marker.dataset.tipDetail ?? "",
      left: at.left + at.width / 2 - origin.left,
      top: at.top - origin.top,
    });
  };
  const hide = (event: FocusEvent | MouseEvent) => {
    if (!markerOf(event.relatedTarget)) setTip(null);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the markers inside are links; this only watches them
    <div
      ref={box}
      className={styles.interaction}
      onMouseOver={(event) => show(event.target)}
      onMouseOut={hide}
      onFocus={(event) => show(event.target)}
      onBlur={hide}
      onKeyDown={(event) => {
        if (event.key === "Escape") setTip(null);
      }}
      onClick={(event) => {
        const link = event.target instanceof Element ? event.target.closest("a") : null;
        const href = link?.getAttribute("href");
        if (!href || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        router.push(href);
      }}
    >
      {children}
      {tip ? (
        <div
          className={styles.tooltip}
          role="tooltip"
          style={{ left: tip.left, top: tip.top }}
          data-testid="map-tooltip"
        >
          <strong>{tip.name}</strong>
          {tip.local ? <span className={`local-name ${styles.tooltipLocal}`}>{tip.local}</span> : null}
          <span className={styles.tooltipDetail}>{tip.detail}</span>
        </div>
      ) : null}
    </div>
  );
}
