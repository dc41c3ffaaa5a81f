// A new program driven through the router, as the UI drives it: `call` answers the channel's
// value or throws its error (code, message and field errors on the error thrown); `terms` gives
// a list's term ids by label.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/channels';
import type { ApiError } from '../../shared/api/errors';
import type { VocabularyKind } from '../../shared/api/vocabulary';
import { createRouter } from '../../electron/backend/api/router';
import { newProgram } from './program';

export async function routedProgram() {
  const test = await newProgram();
  const router = createRouter(test.session);
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await router.handle(channel, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as ChannelOutput<C>;
  };
  /** The error a call answers; fails the test if the call succeeds. */
  const failure = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ApiError> => {
    const result = await router.handle(channel, input);
    if (result.ok) throw new Error(`${channel} should have been refused`);
    return result.error;
  };
  const terms = async (kind: VocabularyKind) =>
    Object.fromEntries((await call('vocabulary.list', { kind })).map((term) => [term.label, term.id]));
  return { ...test, router, call, failure, terms };
}
