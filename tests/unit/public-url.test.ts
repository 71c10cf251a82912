import { describe, expect, it } from "vitest";
import { publicUrl } from "../../lib/http/public-url";

const feed = (headers: Record<string, string>) => new Request("http://0.0.0.0:3000/changes/feed.xml?kind=DELISTING", { headers });

describe("publicUrl", () => {
  it("takes the host the reader asked for, not the address the server bound to", () => {
    expect(publicUrl(feed({ host: "tracker.example.org:8080" }), "").toString()).toBe("http://tracker.example.org:8080/changes/feed.xml?kind=DELISTING");
  });

  it("prefers the configured public address, and ignores forwarded headers", () => {
    const request = feed({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript" });
    expect(publicUrl(request, "https://tracker.example.org").toString()).toBe("https://tracker.example.org/changes/feed.xml?kind=DELISTING");
    expect(publicUrl(request, "").host).toBe("127.0.0.1:3000");
  });

  it("falls back to the request's own address when the Host header is unusable", () => {
    expect(publicUrl(feed({ host: "bad host" }), "").toString()).toBe("http://0.0.0.0:3000/changes/feed.xml?kind=DELISTING");
  });
});
