import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { SessionExpiryWatcher } from '../session/session';
import { queryClient } from './query-client';
import { AppRoutes } from './router';
import { theme } from './theme';

function Themed() {
  const { antdLocale } = useI18n();
  return (
    <ConfigProvider locale={antdLocale} theme={theme} button={{ autoInsertSpace: false }}>
      <SessionExpiryWatcher />
      <AppRoutes />
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Themed />
      </I18nProvider>
    </QueryClientProvider>
  );
}
