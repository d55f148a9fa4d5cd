/**
 * The "newer version" message, loaded only when a new build of the guide is waiting (see OfflineSupport.astro).
 * "Reload" tells the waiting service worker to take over; every open page of the guide then reloads, so no page
 * keeps showing old advice next to new. "Not now" hides the message until the next visit.
 */
import { SKIP_WAITING } from '../integrations/service-worker/messages';

const sw = navigator.serviceWorker;
const template = document.querySelector<HTMLTemplateElement>('template[data-update-notice]');

let reloading = false;
sw.addEventListener('controllerchange', () => {
  if (reloading) return;
  reloading = true;
  location.reload();
});

void sw.getRegistration().then((registration) => {
  const waiting = registration?.waiting;
  if (!waiting || !template || document.querySelector('.update-notice')) return;
  const notice = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  // Add the live region empty, then its words, so screen readers announce them.
  const words = [...notice.childNodes];
  notice.replaceChildren();
  // First in the page after the skip link, so keyboard users reach it early (it shows at the bottom).
  const skipLink = document.querySelector('.skip-link');
  if (skipLink) skipLink.after(notice);
  else document.body.prepend(notice);
  requestAnimationFrame(() => notice.append(...words));

  notice.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button');
    if (button?.matches('[data-update-reload]')) {
      button.setAttribute('aria-disabled', 'true');
      waiting.postMessage({ type: SKIP_WAITING });
      // If the new build cannot take over (another tab already did, or it failed), reload all the same.
      setTimeout(() => location.reload(), 3000);
    } else if (button?.matches('[data-update-later]')) {
      const hadFocus = notice.contains(document.activeElement);
      notice.remove();
      if (hadFocus) document.getElementById('main')?.focus();
    }
  });
});
