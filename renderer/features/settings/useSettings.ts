import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call';
import { settingsKeys } from './settings-keys';

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.current(), queryFn: () => call('settings.get', {}) });
}
