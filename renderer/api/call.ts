// One typed call to a channel: the value on success, an ApiError thrown otherwise.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/api/channels';
import { ApiError } from './api-error';
import { getBridge } from './bridge';

export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await getBridge().invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
