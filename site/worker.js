// fugong service worker, release {{.Version}}.
//
// It precaches the app shell and everything the kit needs before it takes
// over (install waits for the whole cache), revalidating every file with
// the server (cache: "no-cache") so that a new release never precaches an
// old file, while a file the page has just downloaded is not sent twice. Every navigation, to any route
// and with any query string or fragment, is answered from the cached shell;
// the app routes on the client. Large files that only some users need (the
// PDF font) are cached the first time they are fetched, in a cache that
// outlives releases and is keyed by the file's content hash.
const release = "{{.Version}}";
const cacheName = "fugong-" + release;
const lazyCacheName = "fugong-lazy";
const precache = __PRECACHE__;
const lazy = __LAZY__;
const shell = __SHELL__;

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    await cache.addAll(precache.map((url) => new Request(url, { cache: "no-cache" })));
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

async function navigation(request) {
  const cache = await caches.open(cacheName);
  const page = await cache.match(shell);
  if (page) {
    return withoutWasmPreload(page);
  }
  return fetch(request);
}

// The pages preload app.wasm, which speeds a first visit up. A page this
// worker serves reads app.wasm from the cache itself (see the kit's
// app.js), so the preload would only read it a second time: the shell is
// served without it.
const wasmPreload = /<link rel="preload" href="[^"]*\/web\/app\.wasm"[^>]*>/;

async function withoutWasmPreload(page) {
  const html = await page.text();
  const headers = new Headers(page.headers);
  headers.delete("Content-Length");
  headers.delete("Content-Encoding");
  return new Response(html.replace(wasmPreload, ""), { status: page.status, statusText: page.statusText, headers });
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
