import 'i18next';
import type { UiText } from './ui-text';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: UiText };
  }
}
