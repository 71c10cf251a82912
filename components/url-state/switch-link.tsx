"use client";
import Link from "next/link";
import type { ComponentProps, KeyboardEvent } from "react";

type SwitchLinkProps = Omit<ComponentProps<typeof Link>, "role" | "onKeyDown"> & { checked: boolean };

/**
 * An on/off setting kept in the URL: a link, so it works before the page's script runs, that
 * says it is a switch. A switch toggles with Space as well as Enter; a link's Space would
 * scroll the page instead.
 */
export function SwitchLink({ checked, ...props }: SwitchLinkProps) {
  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    // A held key repeats: one press, one toggle.
    if (event.key !== " " || event.repeat) return;
    event.preventDefault();
    event.currentTarget.click();
  }
  return <Link {...props} role="switch" aria-checked={checked} onKeyDown={onKeyDown} />;
}
