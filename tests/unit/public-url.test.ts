import { describe, expect, it } from "vitest";
import { publicUrl } from "../../lib/http/public-url";

describe("publicUrl", () => {
  it("takes the host the reader asked for, not the address the server bound to", () => {
    const request = new Request("http://0.0.0.0:3000/changes/feed.xml?kind=DELISTING", { headers: { host: "tracker.example.org:8080" } });
    expect(publicUrl(request).toString()).toBe("http://tracker.example.org:8080/changes/feed.xml?kind=DELISTING");
  });

  it("follows a proxy's forwarded host and protocol", () => {
    const request = new Request("http://0.0.0.0:3000/changes/feed.xml", {
      headers: { host: "127.0.0.1:3000", "x-forwarded-host": "tracker.example.org", "x-forwarded-proto": "https" },
    });
    expect(publicUrl(request).toString()).toBe("https://tracker.example.org/changes/feed.xml");
  });
});
