import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { isNotFound, isSessionExpired } from '../api/http';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { SessionExpiryWatcher } from '../session/session';
import { AppRoutes } from './router';
import { theme } from './theme';

const queryClient = new QueryClient({
  queryCache: new QueryCache(),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 404 or an expired session will not change by asking again.
      retry: (count, err) => !isNotFound(err) && !isSessionExpired(err) && count < 2,
    },
  },
});

function Themed() {
  const { locale } = useI18n();
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
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
