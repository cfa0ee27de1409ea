import { commandOfKey, type KeyCommand } from '../deck/keys';
import { isDialogOpen } from './dialog';

/**
 * The deck's keys the landing page answers too (its hint names them): each handler for its command in
 * the deck's key table. Returns the function that stops listening.
 */
export function listenForLandingKeys(handlers: Readonly<Partial<Record<KeyCommand, () => void>>>): () => void {
  const onKey = (event: KeyboardEvent) => {
    // A dialog takes its own keys; modifiers belong to the browser.
    if (event.ctrlKey || event.metaKey || event.altKey || isDialogOpen()) return;
    const command = commandOfKey(event.keyCode);
    const handler = command === null ? undefined : handlers[command];
    if (!handler) return;
    event.preventDefault();
    handler();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
