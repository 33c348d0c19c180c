// Stepwise's service worker: it keeps the app's own files on the device, so Stepwise opens and
// works with no network on its second visit, and can be installed. See the README, "Offline
// and installing".
//
// scripts/build fills in VERSION (a hash of the built files) and FILES (every file it built
// but this one). A new build is a new worker: the browser installs it in the background and
// it takes over on the next visit (or at once, if the person chooses "Use the new version now"), never in
// the middle of one, so a page never mixes two versions' files.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `stepwise-${VERSION}`;
const scope = new URL('./', self.location.href);

self.addEventListener('install', (event) => {
  event.waitUntil(
    // Past the browser's HTTP cache, which could hold a file of the previous release.
    caches.open(CACHE).then((cache) => cache.addAll(
      FILES.map((file) => new Request(new URL(file, scope), { cache: 'reload' })),
    )),
  );
});

// The first worker controls the page that installed it at once; a later one only once the
// person has closed Stepwise or chosen to use it. Either way the older files go.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('stepwise-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'use-new-version') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) {
    return;
  }
  const path = url.pathname.slice(scope.pathname.length);
  // The site's settings can change without a new release (an origin allowed no longer, say):
  // from the network, and the copy kept only when there is no answer soon. A file the site
  // has removed is removed from the copy too.
  if (path === 'stepwise.config.json') {
    const key = new URL(path, scope);
    const kept = () => caches.open(CACHE).then((cache) => cache.match(key)).then((copy) => copy ?? Response.error());
    const fresh = fetch(request).then(async (response) => {
      const cache = await caches.open(CACHE);
      if (response.ok) await cache.put(key, response.clone());
      else if (response.status === 404) await cache.delete(key);
      return response;
    });
    const late = new Promise((resolve) => { setTimeout(resolve, 2000); }).then(kept);
    event.respondWith(Promise.race([fresh, late]).catch(kept));
    return;
  }
  // The app's page with any settings in its address is the same file; everything else kept
  // is a file of this version, whatever its query (a retry adds one). Anything not kept (a
  // framework file an educator serves beside the app) comes from the network as usual.
  const page = request.mode === 'navigate' && (path === '' || path === 'index.html');
  const kept = page ? new URL('index.html', scope) : request;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(kept, { ignoreSearch: true }))
    .then((hit) => hit ?? fetch(request)));
});
