"use client";
// Makes a <details> dropdown behave like a menu: a click outside or Escape closes it
// (Escape also returns focus to its summary), so two menus never overlap; the arrow keys move
// between its checkboxes, as in any list of options.
import { type RefObject, useEffect } from "react";

export function useDismissableDetails(ref: RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onPointerDown = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!details.open) return;
      if (event.key === "Escape") {
        details.open = false;
        details.querySelector("summary")?.focus();
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        const boxes = [...details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
        if (!boxes.length) return;
        event.preventDefault();
        const at = boxes.indexOf(document.activeElement as HTMLInputElement);
        const step = event.key === "ArrowDown" ? 1 : -1;
        const next = at < 0 ? (step > 0 ? 0 : boxes.length - 1) : (at + step + boxes.length) % boxes.length;
        boxes[next].focus();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    details.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      details.removeEventListener("keydown", onKeyDown);
    };
  }, [ref]);
}
