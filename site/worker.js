// fugong service worker, release {{.Version}}.
//
// It precaches the app shell and everything the kit needs before it takes
// over (install waits for the whole cache), revalidating every file with
// the server (cache: "no-cache") so that a new release never precaches an
// old file, while a file the page has just downloaded is not sent twice.
// Every navigation, with any query string or fragment, is answered from
// the cache: a route with the page of its own first screen (so that on
// /form the form's first question is on screen, and takes typing, before
// the app has started), any other address with the app shell; the app
// routes on the client. Large files that only some users need (the
// PDF font) are cached the first time they are fetched, in a cache that
// outlives releases and is keyed by the file's content hash.
const release = "{{.Version}}";
const cacheName = "fugong-" + release;
const lazyCacheName = "fugong-lazy";
const precache = __PRECACHE__;
const lazy = __LAZY__;
const shell = __SHELL__;
const pages = __PAGES__; // each route's page, but the shell's

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(precache.map((url) => new Request(url, { cache: "no-cache" })));
    await Promise.all(pages.map((route) => keepPage(cache, route)));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith("fugong-") && key !== cacheName && key !== lazyCacheName) {
        await caches.delete(key);
      }
    }
    const lazyCache = await caches.open(lazyCacheName);
    for (const request of await lazyCache.keys()) {
      if (!lazy.includes(new URL(request.url).pathname + new URL(request.url).search)) {
        await lazyCache.delete(request);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigation(request));
    return;
  }
  if (lazy.includes(url.pathname + url.search)) {
    event.respondWith(lazily(request));
    return;
  }
  event.respondWith(cachedOrNetwork(request));
});

// keepPage caches a route's page under the route's address. A static
// host may answer /form with a redirect to /form/: the page is kept as a
// response of its own, which can answer a navigation (a redirected one
// cannot), and decoded (its body is read whole).
async function keepPage(cache, route) {
  const response = await fetch(new Request(route, { cache: "no-cache" }));
  if (!response.ok) {
    throw new Error("precaching " + route + ": " + response.status);
  }
  await cache.put(route, new Response(await response.blob(), { headers: plainHeaders(response) }));
}

// pageFor is the cached page that answers a navigation to path: the
// route's own (with or without a final slash), else the shell.
function pageFor(path) {
  const route = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
  return pages.includes(route) ? route : shell;
}

async function navigation(request) {
  const cache = await caches.open(cacheName);
  const page = (await cache.match(pageFor(new URL(request.url).pathname))) || (await cache.match(shell));
  if (page) {
    return withoutWasmPreload(page);
  }
  return fetch(request);
}

// The pages preload app.wasm, which speeds a first visit up. A page this
// worker serves asks for app.wasm once it compiles it (see the kit's
// app.js) and this worker answers from the cache, so the preload would
// only read it a second time: the pages are served without it.
const wasmPreload = /<link rel="preload" href="[^"]*\/web\/app\.wasm"[^>]*>/;

async function withoutWasmPreload(page) {
  const html = await page.text();
  return new Response(html.replace(wasmPreload, ""), { status: page.status, statusText: page.statusText, headers: plainHeaders(page) });
}

// plainHeaders are a response's headers for a body the worker has read
// whole: no longer compressed, and of another length.
function plainHeaders(response) {
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  headers.delete("Content-Encoding");
  return headers;
}

async function cachedOrNetwork(request) {
  const cache = await caches.open(cacheName);
  const hit = await cache.match(request, { ignoreSearch: true });
  return hit || fetch(request);
}

async function lazily(request) {
  const cache = await caches.open(lazyCacheName);
  const hit = await cache.match(request);
  if (hit) {
    return hit;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
  }
  return response;
}
