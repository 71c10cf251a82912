"use client";
import { useSyncExternalStore } from "react";

const WIDE = "(min-width: 48rem)";

function subscribe(onChange: () => void) {
  const query = matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Whether the screen is a laptop's rather than a phone's (charts measure themselves after load, so the server's answer is the phone's). */
export const useWideScreen = () => useSyncExternalStore(subscribe, () => matchMedia(WIDE).matches, () => false);
