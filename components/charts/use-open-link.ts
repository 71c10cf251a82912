"use client";
import { useRouter } from "next/navigation";

/** Opens a chart element's table link (the same link the table view offers to keyboard users). */
export function useOpenLink() {
  const router = useRouter();
  return (href: string | undefined) => {
    if (href) router.push(href);
  };
}
