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
  // A page already running when a new version takes over (chosen in another tab) carries on
  // with the files it has, and says to reload; this tab's own choice reloads it at once.
  if (navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (chosen) {
        location.reload();
      } else {
        tell(null);
      }
    }, { once: true });
  }
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

let chosen = false;

/** "A new version is ready", with a way to use it at once; or, once another tab has taken
 * it (`worker` null), that this page should be reloaded to go on with it. */
function tell(worker) {
  let box = document.querySelector('.app-update');
  if (box && worker) return;
  if (!box) {
    box = document.createElement('div');
    box.className = 'app-update app-root';
    // Its look is set here (through the CSSOM, which the Content-Security-Policy allows)
    // rather than in stepwise.css, which a first visit fetches before it is ever needed.
    box.style.cssText = 'display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;'
      + 'background:var(--app-surface);border-left:6px solid var(--app-primary);padding:.75rem 1rem';
    document.body.prepend(box);
  }
  const text = document.createElement('p');
  text.setAttribute('role', 'status');
  text.style.margin = '0';
  box.replaceChildren(text);
  // Filled once the empty live region is on the page, so screen readers announce it.
  requestAnimationFrame(() => {
    text.textContent = worker
      ? 'A new version of Stepwise is ready. It will open the next time you come to Stepwise. Your ratings are kept either way. '
      : 'Stepwise has been updated in another tab. Reload this page to go on with the new version. Your ratings are kept. ';
    const now = document.createElement('button');
    now.type = 'button';
    now.className = 'app-button app-button--secondary';
    now.textContent = worker ? 'Use the new version now' : 'Reload this page';
    now.addEventListener('click', () => {
      if (!worker || worker.state === 'activated') {
        location.reload();
        return;
      }
      chosen = true;
      worker.postMessage('use-new-version');
    });
    box.append(now);
  });
}
