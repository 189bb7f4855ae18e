// Drives the sitrep page in headless Chromium (playwright-core) and prints one JSON
// object of observations; tests/web/test_web_browser.py asserts on it.
//   SITREP_URL, SITREP_WEB_DIR (where node_modules is), SITREP_ARTIFACTS,
//   SITREP_SCREENSHOT, SITREP_HOSTILE_EVENT, SITREP_SEED_EVENT (optional), CHROMIUM
import { createRequire } from "node:module";
import { join } from "node:path";

const env = process.env;
const require = createRequire(join(env.SITREP_WEB_DIR, "package.json"));
const { chromium } = require("playwright-core");

const base = env.SITREP_URL.replace(/\/$/, "");
const origin = new URL(base).origin;
const out = { requests: [], dialogs: [], errors: [] };
const shot = (page, name) => page.screenshot({ path: join(env.SITREP_ARTIFACTS, name) });

const browser = await chromium.launch({
  executablePath: env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
  ],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.on("request", (r) => out.requests.push(r.url()));
  context.on("page", (p) => p.on("dialog", (d) => { out.dialogs.push(d.message()); d.dismiss(); }));
  const page = await context.newPage();
  page.on("dialog", (d) => { out.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on("pageerror", (e) => out.errors.push(String(e)));
  const ready = async () => page.waitForSelector("body[data-ready='1']", { timeout: 15000 });

  // 1. The map with markers (single markers or clusters).
  await page.goto(`${base}/`);
  await ready();
  await page.waitForSelector(".ev-marker, .ev-cluster", { timeout: 10000 });
  await page.waitForTimeout(400);
  out.markers = await page.locator("path.ev-marker").count();
  out.clusters = await page.locator(".ev-cluster").count();
  out.countText = await page.textContent("#count");
  out.total = Number(await page.getAttribute("#count", "data-count"));
  out.countries = await page.evaluate(() => document.querySelectorAll(".leaflet-overlay-pane canvas").length);
  await shot(page, "map.png");
  if (env.SITREP_SCREENSHOT) await page.screenshot({ path: env.SITREP_SCREENSHOT });

  // 2. Click a marker (a cluster first when every marker is clustered).
  if (out.markers === 0) {
    await page.locator(".ev-cluster").first().click();
    await page.waitForSelector("path.ev-marker", { timeout: 5000 });
    await page.waitForTimeout(400);
  }
  await page.locator("path.ev-marker").first().click({ force: true });
  await page.waitForSelector("#evidence-sentence", { timeout: 5000 });
  out.clickedSentence = await page.textContent("#evidence-sentence");
  out.clickedUrl = page.url();
  await shot(page, "event.png");

  // 3. Brush the timeline: the count of shown events changes.
  await page.goto(`${base}/`);
  await ready();
  const box = await page.locator("#timeline svg").boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.55, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.99, y, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  out.brushedCount = Number(await page.getAttribute("#count", "data-count"));
  out.brushedUrl = page.url();
  await shot(page, "brushed.png");

  // 4. Deep link to the seed's airlift event, when the seed was ingested.
  if (env.SITREP_SEED_EVENT) {
    await page.goto(`${base}/?event=${env.SITREP_SEED_EVENT}`);
    await ready();
    await page.waitForSelector("#evidence-sentence", { timeout: 5000 });
    out.seedSentence = await page.textContent("#evidence-sentence");
    out.seedChain = await page.textContent("#evidence-chain");
    await shot(page, "seed-event.png");
  }

  // 5. Hostile text: rendered as text, nothing runs.
  await page.goto(`${base}/?event=${env.SITREP_HOSTILE_EVENT}`);
  await ready();
  await page.waitForSelector("#evidence-sentence", { timeout: 5000 });
  await page.waitForTimeout(300);
  out.hostileSentence = await page.textContent("#evidence-sentence");
  out.hostilePanel = await page.textContent("#panel");
  out.injectedNodes = await page.evaluate(
    () => document.querySelectorAll("#panel img, #panel script, #event-list img, #event-list script").length,
  );
  out.pwned = await page.evaluate(() => window.__sitrepPwned ?? null);
  await shot(page, "hostile.png");

  // 6. Keyboard: Tab to an event in the list, Enter opens it and focuses the panel.
  await page.goto(`${base}/`);
  await ready();
  await page.focus(".ev-item");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#evidence-sentence", { timeout: 5000 });
  out.focusAfterEnter = await page.evaluate(() => document.activeElement && document.activeElement.id);

  // 7. A phone-sized screen: no sideways scrolling, the map keeps a usable height.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  phone.on("request", (r) => out.requests.push(r.url()));
  const small = await phone.newPage();
  small.on("dialog", (d) => { out.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await small.goto(`${base}/`);
  await small.waitForSelector("body[data-ready='1']", { timeout: 15000 });
  out.phone = await small.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    mapHeight: document.querySelector("#map").getBoundingClientRect().height,
  }));
  await small.screenshot({ path: join(env.SITREP_ARTIFACTS, "phone.png") });
  out.pwned = out.pwned ?? (await small.evaluate(() => window.__sitrepPwned ?? null));
} catch (err) {
  out.fatal = String(err && err.stack ? err.stack : err);
} finally {
  await browser.close();
}
out.foreign = out.requests.filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin);
process.stdout.write(`${JSON.stringify(out)}\n`);
