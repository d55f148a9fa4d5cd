/**
 * The handout's script: makes the Print button print (CSS shows the button where scripts run) and, only for a
 * link with settings (`?date=...&type=...`), loads ./handout-dates.ts, which fills in the calendar dates. The
 * page itself is static and shows day numbers, so most readers load nothing more.
 */
import type { HandoutScriptWords } from './handout-dates';

function showProblems(messages: string[]) {
  const box = document.querySelector<HTMLElement>('[data-handout-message]');
  const list = box?.querySelector('ul');
  if (!box || !list) return;
  list.replaceChildren(
    ...messages.map((m) => {
      const li = document.createElement('li');
      li.textContent = m;
      return li;
    }),
  );
  box.hidden = false;
}

const root = document.querySelector<HTMLElement>('[data-handout]');
if (root) {
  const params = new URLSearchParams(location.search);
  if (params.has('date') || params.has('type')) {
    const words = JSON.parse(root.dataset['words'] ?? '{}') as HandoutScriptWords;
    import('./handout-dates').then(
      ({ personalize }) => personalize(root, words, showProblems),
      () => showProblems([words.notLoaded]),
    );
  }
  const print = document.querySelector<HTMLButtonElement>('[data-handout-print]');
  print?.addEventListener('click', () => window.print());
}
