// Starts the app. Kept in its own file so the Content-Security-Policy needs no inline script.
import init from './stepwise.js';

init().catch((error) => {
  const root = document.getElementById('stepwise');
  if (!root) return;
  const message = document.createElement('p');
  message.className = 'app-loading';
  message.setAttribute('role', 'alert');
  message.textContent =
    'Stepwise could not start in this browser (' + String(error && error.message || error) +
    '). Try a recent version of Chrome, Edge, Firefox or Safari. Nothing you saved has been changed.';
  root.replaceChildren(message);
});
