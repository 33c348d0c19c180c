// Offline use and installing: on Stepwise's own page, registers its service worker (sw.js)
// and the web app manifest, and says when a new version is ready. boot.js loads this once
// the app has started and the page has loaded, so a first visit never waits for it.
//
// Not in a frame or an LMS package (boot.js?full): there Stepwise runs as before, from the
// network, since the host page or the LMS needs the network anyway.

/** Starts offline use for the app whose files are at `base`, where it applies. */
export function offline(base) {
  const ownPage = document.getElementById('stepwise') && !document.querySelector('[data-stepwise]');
  if (!('serviceWorker' in navigator) || base.origin !== location.origin || window.top !== window || !ownPage) {
    return;
  }
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = new URL('manifest.webmanifest', base).href;
  document.head.append(manifest);
  navigator.serviceWorker.register(new URL('sw.js', base), { scope: base.href }).then((registration) => {
    // Some browsers that block service workers answer with nothing rather than refusing.
    if (!registration) return;
    // A worker waiting while an older one controls the page is a new version.
    const ready = (worker) => {
      if (worker && navigator.serviceWorker.controller) tell(worker);
    };
    ready(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') ready(worker);
      });
    });
  }, () => {
    // The browser refused (storage blocked, say): Stepwise works from the network as before.
  });
}

/** "A new version is ready", with a way to use it at once. */
function tell(worker) {
  if (document.querySelector('.app-update')) return;
  const box = document.createElement('div');
  box.className = 'app-update app-root';
  const text = document.createElement('p');
  text.setAttribute('role', 'status');
  box.append(text);
  document.body.prepend(box);
  // Filled once the empty live region is on the page, so screen readers announce it.
  requestAnimationFrame(() => {
    text.textContent = 'A new version of Stepwise is ready. It will open the next time you come to Stepwise. Your ratings are kept either way. ';
    const now = document.createElement('button');
    now.type = 'button';
    now.className = 'app-button app-button--secondary';
    now.textContent = 'Use the new version now';
    now.addEventListener('click', () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage('use-new-version');
    });
    box.append(now);
  });
}
