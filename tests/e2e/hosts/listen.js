// Test host: records every message the widget sends, with the origin it came from.
window.__messages = [];
window.addEventListener('message', (event) => {
  if (event.data && event.data.source === 'stepwise') {
    window.__messages.push({ origin: event.origin, data: event.data });
  }
});
