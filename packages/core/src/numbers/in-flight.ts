import { HubError } from '../errors.js';

/** A change to a number that the Hub has not answered yet. */
export type NumberChangeKind = 'cancel' | 'revokeCancellation' | 'displayName' | 'signals';

/**
 * Which numbers have a change on its way (`client.numbers.inFlight`). Core owns this, so every
 * element (and any other UI) shows the same number as busy, whichever of them started the change.
 */
export interface NumberChangesInFlight {
  /** The change on its way for `numberId`, or `undefined` when there is none. */
  get(numberId: string): NumberChangeKind | undefined;
  /** Listens to every change starting or ending. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * Refuses a change to a number while another one is on its way: the two would race, and the
 * second could be sent for a state the first is about to end. A `HubError` of kind `conflict`
 * (code `change_in_flight`), so apps that only know `HubError` still show a fitting sentence.
 */
export class NumberChangeInFlightError extends HubError {
  /** The number asked to change. */
  readonly numberId: string;
  /** The change still on its way. */
  readonly inFlight: NumberChangeKind;

  constructor(numberId: string, inFlight: NumberChangeKind) {
    super({
      kind: 'conflict',
      code: 'change_in_flight',
      message: 'A change to this number is still being saved. Try again once it is done.',
    });
    this.numberId = numberId;
    this.inFlight = inFlight;
  }
}

/** One change, as the numbers resource reports its progress. */
export interface InFlightChange {
  /** The Hub answered the write (or it failed and was rolled back): reads may go ahead. */
  written(): void;
  /** The change is over; the number may change again. Implies {@link InFlightChange.written}. */
  end(): void;
}

/** The registry behind {@link NumberChangesInFlight}, as the numbers resource drives it. */
export interface InFlightRegistry extends NumberChangesInFlight {
  /** Starts a change; throws {@link NumberChangeInFlightError} while the number has one. */
  begin(numberId: string, kind: NumberChangeKind): InFlightChange;
  /**
   * Resolves once the writes begun so far (to `numberId`, or to any number) have been answered;
   * `undefined` when there are none, so a read with nothing to wait for goes out at once.
   */
  written(numberId?: string): Promise<void> | undefined;
}

/** Creates an empty {@link InFlightRegistry}. */
export function createInFlightRegistry(): InFlightRegistry {
  const changes = new Map<string, { kind: NumberChangeKind; written: Promise<void> }>();
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  return {
    get: (numberId) => changes.get(numberId)?.kind,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    begin(numberId, kind) {
      const current = changes.get(numberId);
      if (current) throw new NumberChangeInFlightError(numberId, current.kind);
      let markWritten!: () => void;
      const change = { kind, written: new Promise<void>((resolve) => (markWritten = resolve)) };
      changes.set(numberId, change);
      notify();
      return {
        written: markWritten,
        end() {
          markWritten();
          if (changes.get(numberId) !== change) return;
          changes.delete(numberId);
          notify();
        },
      };
    },
    written(numberId) {
      const waiting = (
        numberId === undefined ? [...changes.values()] : [changes.get(numberId)]
      ).filter((change) => change !== undefined);
      return waiting.length === 0
        ? undefined
        : Promise.all(waiting.map((change) => change.written)).then(() => undefined);
    },
  };
}
