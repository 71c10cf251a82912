"use client";
import { useId, useRef } from "react";

export interface PassageAction {
  id: number;
  summary: string;
  /** What the passage supports in that action ("Action", "Grounds"…). */
  fields: string[];
}

/**
 * A highlighted passage as a link to the action it supports. When it supports several
 * (one sentence can evidence two actions), activating it opens a small menu of them instead.
 */
export function EvidencePassageLink({ actions, children }: { actions: PassageAction[]; children: string }) {
  const menuId = useId();
  const menu = useRef<HTMLSpanElement>(null);
  const describe = (a: PassageAction) => `${a.fields.join(", ")} evidence for: ${a.summary}`;
  if (actions.length === 1) {
    return <a className="evidence-link" href={`/actions/${actions[0].id}`} title={describe(actions[0])}>{children}</a>;
  }

  function open(event: React.MouseEvent<HTMLAnchorElement>) {
    const popover = menu.current;
    if (!popover) return;
    event.preventDefault();
    const rect = event.currentTarget.getBoundingClientRect();
    popover.style.top = `${Math.min(rect.bottom + 4, window.innerHeight - 160)}px`;
    popover.style.left = `${Math.min(rect.left, window.innerWidth - 340)}px`;
    popover.showPopover();
    popover.querySelector("a")?.focus();
  }

  return (
    <>
      <a
        className="evidence-link"
        href={`/actions/${actions[0].id}`}
        aria-haspopup="true"
        aria-controls={menuId}
        title={actions.map(describe).join("\n")}
        onClick={open}
      >
        {children}
      </a>
      <span popover="auto" id={menuId} ref={menu} className="evidence-menu">
        <span className="evidence-menu-title">This passage supports {actions.length} actions:</span>
        {actions.map((a) => (
          <a key={a.id} href={`/actions/${a.id}`}>
            {a.summary} <span className="muted">({a.fields.join(", ")})</span>
          </a>
        ))}
      </span>
    </>
  );
}
